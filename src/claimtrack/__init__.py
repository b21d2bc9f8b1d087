"""claimtrack: track factual claims across news outlets."""

__version__ = "0.1.0"
