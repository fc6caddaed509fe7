"""``python -m communique``: the same command line as the ``communique`` script."""

from communique.cli import app

if __name__ == "__main__":
    app(prog_name="communique")
