"""The generator's own property tests (issue #9 section 1): random schemas against independent oracles."""
