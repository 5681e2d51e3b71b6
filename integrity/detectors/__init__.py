"""The detector families. Importing this package registers every rule, the model's included."""
from integrity.classifier import register_rules
from integrity.detectors.counterfeit import CounterfeitDetector
from integrity.detectors.price import PriceDetector
from integrity.detectors.wording import WordingDetector
from integrity.paths import data_dir

register_rules(data_dir("models"))

ALL = (WordingDetector, PriceDetector, CounterfeitDetector)
