package disk

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/vetted-tui/vetted/store"
)

// rawAnswers reads every answer of a notebook file with encoding/json alone,
// independent of the store's types: therapist ID → question ID → answer.
func rawAnswers(t *testing.T, data []byte) map[string]map[string]map[string]any {
	t.Helper()
	var raw struct {
		Therapists []struct {
			ID             string                    `json:"id"`
			Answers        map[string]map[string]any `json:"answers"`
			PartnerAnswers map[string]map[string]any `json:"partner_answers"`
		} `json:"therapists"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]map[string]any{}
	for _, th := range raw.Therapists {
		m := map[string]map[string]any{}
		for id, a := range th.Answers {
			m[id] = a
		}
		for id, a := range th.PartnerAnswers {
			m["partner:"+id] = a
		}
		out[th.ID] = m
	}
	return out
}

func TestV1FileOpensAndUpgradesOnFirstSave(t *testing.T) {
	old, err := os.ReadFile(v1Fixture)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(old, []byte(`"version": 1,`)) {
		t.Fatal("the fixture is not a version 1 file")
	}
	path := filepath.Join(t.TempDir(), "notebook.json")
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	f, nb := openT(t, path)
	if nb.Version != store.SchemaVersion {
		t.Errorf("read as version %d, want %d", nb.Version, store.SchemaVersion)
	}
	if ids, _ := nb.Orphans(); len(ids) != 1 || ids[0] != "edu.gone_question" {
		t.Errorf("orphans = %v, want the answer to edu.gone_question kept and shown", ids)
	}
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	prev, err := os.ReadFile(path + ".prev")
	if err != nil || !bytes.Equal(prev, old) {
		t.Fatalf("the version 1 file was not kept whole as .prev (err %v)", err)
	}
	upgraded, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(upgraded, []byte("{\n  \"version\": 2,\n")) {
		t.Errorf("the first save wrote %.40q, want version 2", upgraded)
	}
	want, got := rawAnswers(t, old), rawAnswers(t, upgraded)
	n := 0
	for tid, answers := range want {
		for qid, a := range answers {
			n++
			b, ok := got[tid][qid]
			if !ok {
				t.Errorf("%s %s: answer lost", tid, qid)
				continue
			}
			aj, _ := json.Marshal(a)
			bj, _ := json.Marshal(b)
			if !bytes.Equal(aj, bj) {
				t.Errorf("%s %s: %s became %s", tid, qid, aj, bj)
			}
		}
	}
	if n < 40 {
		t.Errorf("only %d answers in the fixture; it should be the whole demo", n)
	}
}
