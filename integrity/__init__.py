"""integrity: checks livestream selling for false price claims, counterfeit signals and
prohibited advertising wording, and scores streamers and units for integrity titles."""

__version__ = "0.1.0"
