"""communique: political event data from news articles — who did what to whom, when."""

__version__ = "0.1.0"
