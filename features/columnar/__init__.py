"""The per-text pass as columns: a batch of distinct texts tokenized once (tokens), VADER
(vader), readability (readability), word families and prefiltered phrase rules (matches),
assembled by the engine (engine) into the summary record every run keeps (block)."""
