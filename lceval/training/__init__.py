"""Training code that sits above what it trains: the learned selector's head (``selector``).

It generates its own data through the task sources and the context path, so it
lives here rather than inside ``lceval.selection``, which it imports.
"""
