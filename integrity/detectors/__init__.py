"""The detector families. Importing this package registers every rule."""
from integrity.detectors.counterfeit import CounterfeitDetector
from integrity.detectors.price import PriceDetector
from integrity.detectors.wording import WordingDetector

ALL = (WordingDetector, PriceDetector, CounterfeitDetector)
