"""The detector families. Importing this package registers every rule."""
from integrity.detectors.wording import WordingDetector

ALL = (WordingDetector,)
