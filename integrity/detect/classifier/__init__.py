"""A trained classifier for what the lexicons miss, and how it joins the rules.

The model is ours end to end (``features.py``): hashed character 1-3-grams of the normalised
segment text (white space and punctuation dropped), sublinear tf-idf with l2 normalisation, and a
logistic regression per category, all computed with numpy over a whole session at once. Training
(``train.py``) fits the regressions with scikit-learn on the matrix the same featuriser produces;
checks load only the arrays (``judge.py``) and never import scikit-learn or scipy. Word tokens from
jieba were measured with the earlier TF-IDF model (``models/README.md``): they added nothing on the
held-out splits and cost five times the prediction time, so the model reads characters only.

It joins the rules in two ways (``ModelJudge.apply``):

* where no rule found a category on a segment and the model's probability reaches the
  category's threshold, it adds a finding under its own rule (MLP001, MLC001, MLW001) saying that
  a model decided, with its probability;
* where a rule fired but the model judges the segment a look-alike (probability under the
  category's look-alike cut), the rule's finding stays and its confidence is lowered, with the
  model's probability in the explanation.

``integrity train`` chooses both on the calibration split, as the model rules run (only where no
rule fired): a category's threshold is the lowest probability at which its model findings reach
``TARGET_PRECISION``; its look-alike cut is the largest probability under which the rule hits were
mostly false alarms. Either is None (the model stays silent there) when the split does not
support it. The test split plays no part in any choice and is only measured. The model file is
plain arrays read without pickle; its card records its size and sha256, checked before use.
"""
