"""What a value looks like in text (ids, numbers, codes): one pattern shared by the learned features and the slot models."""

import re

VALUE = re.compile(
    r"\b[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\b"  # uuid
    r"|\b\d[\d,.]{2,}\d\b|\b\d{3,}\b"  # numbers of 3+ digits
    r"|\b(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z0-9-]{4,}\b"  # codes mixing letters and digits
    r"|\b[A-Z][A-Z0-9_]{3,}\b"  # upper-case identifiers
)
