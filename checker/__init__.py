"""postcheck: checks council social media drafts against the council's social media policy."""
__version__ = "0.3.0"
