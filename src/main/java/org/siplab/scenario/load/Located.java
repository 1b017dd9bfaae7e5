package org.siplab.scenario.load;

import org.siplab.scenario.model.SourcePosition;

/** A value read with the place it was written, for checks a builder makes across keys. */
record Located<T>(T value, SourcePosition position) {}
