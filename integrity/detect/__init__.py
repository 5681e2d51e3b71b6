"""Detection: the rules, the lexicons, the detector families, the trained model and the
``Checker`` that runs them on one session at a time."""
