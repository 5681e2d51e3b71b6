"""The detector families. Importing this package registers every rule, the model's included."""
from integrity.detect.classifier import register_rules
from integrity.detect.counterfeit import CounterfeitDetector
from integrity.detect.price import PriceDetector
from integrity.detect.wording import WordingDetector
from integrity.paths import data_dir

register_rules(data_dir("models"))

ALL = (WordingDetector, PriceDetector, CounterfeitDetector)
