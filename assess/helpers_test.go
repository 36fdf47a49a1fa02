package assess

import (
	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/store"
)

// answers builds an answer map from question ID / value pairs; a value of
// "-" records a skip, which must count as unanswered.
func answers(pairs ...string) map[string]checklist.Answer {
	if len(pairs)%2 != 0 {
		panic("answers: odd number of arguments")
	}
	m := make(map[string]checklist.Answer, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		if pairs[i+1] == "-" {
			m[pairs[i]] = checklist.Answer{Status: checklist.StatusSkipped}
			continue
		}
		m[pairs[i]] = checklist.Answer{Status: checklist.StatusAnswered, Value: pairs[i+1]}
	}
	return m
}

// therapist builds a therapist with the given answers.
func therapist(id string, pairs ...string) store.Therapist {
	return store.Therapist{ID: id, Name: "Therapist " + id, Status: store.Interviewed, Answers: answers(pairs...)}
}

// notebook builds a notebook of the given therapists in roster order.
func notebook(imp map[string]checklist.Importance, ts ...store.Therapist) *store.Notebook {
	return &store.Notebook{Version: store.SchemaVersion, Importance: imp, Therapists: ts}
}

// only returns an importance map that ignores every question except the
// ones given, so a test controls exactly what scores.
func only(set map[string]checklist.Importance) map[string]checklist.Importance {
	m := make(map[string]checklist.Importance)
	for _, q := range checklist.Catalogue() {
		m[q.ID] = checklist.Ignore
	}
	for k, v := range set {
		m[k] = v
	}
	return m
}

// question returns a catalogue question, failing loudly on a typo.
func question(id string) checklist.Question {
	q, ok := checklist.ByID(id)
	if !ok {
		panic("no question " + id)
	}
	return q
}
