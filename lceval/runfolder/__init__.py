"""The run-folder format, below both sides: ``sweep`` writes run folders, ``report`` reads them."""

from .cell import Cell, slug
from .folder import PARTIAL, CellFiles, RunFolder, to_json
from .shards import MergedShards, merge_shards, open_run, shard_folder

__all__ = ["PARTIAL", "Cell", "CellFiles", "MergedShards", "RunFolder", "merge_shards", "open_run", "shard_folder", "slug", "to_json"]
