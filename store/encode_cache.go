package store

import (
	"maps"
)

// encodeCache keeps each therapist's encoded bytes from the last save, with
// a private copy of the therapist they encode, so that the next save
// re-encodes only the therapists that changed. A therapist counts as
// unchanged only when every field and every answer is equal to the kept
// copy: the cache never trusts that a map it was shown stayed as it was.
// It is not safe for concurrent use; File guards it with its mutex.
type encodeCache struct {
	kept map[string]encodedTherapist // by therapist ID
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
	next := make(map[string]encodedTherapist, len(nb.Therapists))
	var scratch []byte
	data, err := appendNotebook(make([]byte, 0, c.size+c.size/8), nb, func(dst []byte, i int) ([]byte, error) {
		t := &nb.Therapists[i]
		if e, ok := c.kept[t.ID]; ok && sameTherapist(&e.t, t) {
			next[t.ID] = e
			return append(dst, e.data...), nil
		}
		var err error
		scratch, err = appendTherapist(scratch[:0], t)
		if err != nil {
			return nil, err
		}
		e := encodedTherapist{t: *t, data: append([]byte(nil), scratch...)}
		e.t.Answers = maps.Clone(t.Answers)
		e.t.PartnerAnswers = maps.Clone(t.PartnerAnswers)
		e.t.CheckIns = cloneCheckIns(t.CheckIns)
		next[t.ID] = e
		return append(dst, e.data...), nil
	})
	if err != nil {
		return nil, err
	}
	// Therapists no longer in the notebook are forgotten with the old map.
	c.kept, c.size = next, len(data)
	return data, nil
}

// sameTherapist reports whether a and b encode to the same bytes: every
// field equal, times included (== compares the instant and the location,
// which both shape the encoding), and equal answers. Nil and empty answer
// maps are both left out of the file, so they count as equal.
func sameTherapist(a, b *Therapist) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Credentials == b.Credentials &&
		a.Phone == b.Phone && a.Email == b.Email && a.Website == b.Website &&
		a.Location == b.Location && a.FoundVia == b.FoundVia && a.Status == b.Status &&
		a.ContactedOn == b.ContactedOn && a.ConsultOn == b.ConsultOn && a.Notes == b.Notes &&
		a.PartnerNotes == b.PartnerNotes && a.Verification == b.Verification && a.Created == b.Created && a.Updated == b.Updated &&
		maps.Equal(a.Answers, b.Answers) && maps.Equal(a.PartnerAnswers, b.PartnerAnswers) &&
		sameCheckIns(a.CheckIns, b.CheckIns)
}
