package disk

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vetted-tui/vetted/store"
)

func TestEncryptNewSealsTheFirstSave(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	f, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	key := newTestKey(t, "correct horse battery")
	if err := f.EncryptNew(key); err != nil {
		t.Fatal(err)
	}
	if !f.Encrypted() {
		t.Fatal("EncryptNew left the file plain")
	}
	if err := f.Save(secretNotebook(t), 1); err != nil {
		t.Fatal(err)
	}
	if ok, err := IsEncrypted(path); err != nil || !ok {
		t.Fatalf("IsEncrypted = %v, %v; want true", ok, err)
	}
	assertNoPlaintext(t, dir)
	k, err := UnlockKey(path, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	nb, err := ReadWithKey(path, k)
	if err != nil || nb.Therapists[0].Notes != cryptSecret {
		t.Fatalf("reading back: %v", err)
	}
}

func TestEncryptNewRefusesANotebookOnDisk(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, f *File, path string)
	}{
		{"saved this session", func(t *testing.T, f *File, _ string) {
			if err := f.Save(store.New(), 1); err != nil {
				t.Fatal(err)
			}
		}},
		{"closed", func(t *testing.T, f *File, _ string) { _ = f.Close() }},
		{"already encrypted", func(t *testing.T, f *File, _ string) {
			if err := f.EncryptNew(newTestKey(t, "first passphrase")); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "notebook.json")
			f, _, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			tc.setup(t, f, path)
			before, _ := os.ReadFile(path)
			if err := f.EncryptNew(newTestKey(t, "correct horse battery")); err == nil {
				t.Fatal("EncryptNew took a notebook it must refuse")
			}
			after, _ := os.ReadFile(path)
			if string(before) != string(after) {
				t.Error("a refused EncryptNew changed the file")
			}
		})
	}
}

func TestEncryptNewRefusesAFileThatWasThere(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	if err := os.WriteFile(path, []byte(`{"version":1,"therapists":[]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	f, _, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.EncryptNew(newTestKey(t, "correct horse battery")); err == nil || f.Encrypted() {
		t.Fatalf("EncryptNew on a plaintext file on disk: %v, encrypted %v", err, f.Encrypted())
	}
}
