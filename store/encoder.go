package store

// Encoder gives Encode's bytes for one notebook saved again and again,
// re-encoding only the therapists that changed since its last call (see
// encode_cache.go). A File keeps one for its saves. It is not safe for
// concurrent use.
type Encoder struct{ cache encodeCache }

// Encode returns nb's encoding, byte for byte what Encode gives.
func (e *Encoder) Encode(nb *Notebook) ([]byte, error) { return e.cache.encode(nb) }
