"""A trained classifier for what the lexicons miss, and how it joins the rules.

The model is a plain scikit-learn ``Pipeline`` (``build_pipeline``): TF-IDF over character
1-3-grams of the normalised segment text and one logistic regression per category. Word
tokens from jieba were measured too (``models/README.md``): they added nothing on the held-out
splits and cost five times the prediction time, so the model reads characters only.

It joins the rules in two ways (``ModelJudge.apply``):

* where no rule found a category on a segment and the model's probability reaches the
  category's threshold, it adds a finding under its own rule (MLP001, MLC001, MLW001) saying that
  a model decided, with its probability;
* where a rule fired but the model judges the segment a look-alike (probability under the
  category's look-alike cut), the rule's finding stays and its confidence is lowered, with the
  model's probability in the explanation.

``integrity train`` measures both on the project's test split, whose sentences and products
never occur in the training split: a category's threshold is the lowest probability at which
its model findings, counted only where no rule fired, reach ``TARGET_PRECISION``; its look-alike
cut is the largest probability under which the rule hits were mostly false alarms. Either is
None (the model stays silent there) when the test split does not support it. Cross-validation
over the training sessions was tried for thresholds: their sentences recur across sessions in
variants, so it measured 0.95 where the test split gave 0. The model is stored with skops,
never pickle; loading refuses any type outside ``TRUSTED_TYPES``.
"""
