"""A small trained text classifier for the semantic checks (endorsement, political, purdah).

It decides WHETHER a post (or one of its sentences) promotes a business, takes a partisan side, or
carries content a council may not publish in a pre-election period (councillors credited, contested
decisions, anything political). It never decides WHAT or WHERE: the checks' rules and entity
recognisers name the business, party or councillor and the clause; the model only adds a finding on
its most likely sentence when no rule gave one.

The model is a linear one over hashed word and character n-grams (features.py), its weights a
NumPy .npz shipped beside this file (weights.npz), loaded on first use (model.py). Train it with
`python -m checker.classify.train` (train.py).
"""
