"""IR Match Advisor's domain core: profile, strategy engine, knowledge base, extraction, channels.

Nothing in this package imports Rasa or runs code at import time.
"""
