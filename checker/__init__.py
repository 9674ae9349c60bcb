"""postcheck: checks council social media drafts against the council's social media policy."""
import os

__version__ = "0.3.0"

# One BLAS thread (numpy's OpenBLAS, which spaCy's model runs on) unless the user chose otherwise.
# The model multiplies small matrices a post at a time: extra threads only spin waiting for work.
# On the 2-core test machine one thread made a bare `nlp.pipe` of 1,000 posts take 3.9 s of CPU
# instead of 4.35 s, and less wall time too (benchmarks/bench_speed.py; README, Performance),
# with the same annotations and classifier scores on every labelled post. Set before numpy is
# imported (the variable is read when OpenBLAS loads), hence here.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
