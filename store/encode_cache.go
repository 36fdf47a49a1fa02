package store

import "bytes"

// encodeCache keeps each therapist's encoded bytes from the last save, with
// a private copy of the therapist they encode, so that the next save
// re-encodes only the therapists that changed. A therapist counts as
// unchanged only when every field and every answer is equal to the kept
// copy (therapistFormat.equal): the cache never trusts that a map it was
// shown stayed as it was. It is not safe for concurrent use; File guards
// it with its mutex.
type encodeCache struct {
	kept map[string]*encodedTherapist // by therapist ID
	// size is the length of the last encoding, to size the next one.
	size int
}

// encodedTherapist is one therapist as last saved and its bytes.
type encodedTherapist struct {
	t    Therapist // a copy with maps of its own
	data []byte
}

// encode returns nb's encoding, as Encode gives it, reusing the bytes of
// therapists unchanged since the last call and keeping those of this one.
func (c *encodeCache) encode(nb *Notebook) ([]byte, error) {
	next := make(map[string]*encodedTherapist, len(nb.Therapists))
	e := encoder{buf: make([]byte, 0, c.size+c.size/8)}
	// Every therapist of the roster is written at the same depth, so the
	// bytes kept for one stand anywhere in the list.
	e.therapist = func(e *encoder, t *Therapist, d int) {
		if kept, ok := c.kept[t.ID]; ok && therapistFormat.equal(&kept.t, t) {
			next[t.ID] = kept
			e.buf = append(e.buf, kept.data...)
			return
		}
		start := len(e.buf)
		therapistFormat.write(e, t, d)
		next[t.ID] = &encodedTherapist{t: t.clone(), data: bytes.Clone(e.buf[start:])}
	}
	data, err := e.notebook(nb)
	if err != nil {
		return nil, err
	}
	// Therapists no longer in the notebook are forgotten with the old map.
	c.kept, c.size = next, len(data)
	return data, nil
}
