package disk

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/internal/testbook"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
)

// cryptTestWorkFactor keeps scrypt cheap in tests (2^10 instead of 2^18);
// real notebooks use crypt.DefaultWorkFactor.
const cryptTestWorkFactor = 10

// cryptSecret is text that must never appear on disk in an encrypted
// folder.
const cryptSecret = "SECRET-low-desire-since-the-new-medication"

func newTestKey(t testing.TB, passphrase string) *crypt.Key {
	t.Helper()
	k, err := crypt.NewKey(passphrase, cryptTestWorkFactor)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// secretNotebook is a small notebook whose note holds cryptSecret.
func secretNotebook(t testing.TB) *store.Notebook {
	nb := testbook.Answered(2)
	nb.Therapists[0].Notes = cryptSecret
	return nb
}

// assertNoPlaintext fails if any file in dir holds cryptSecret or a JSON
// notebook's opening.
func assertNoPlaintext(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(cryptSecret)) || bytes.Contains(data, []byte(`"therapists"`)) {
			t.Errorf("%s holds the notebook in clear", e.Name())
		}
	}
}

// encryptedFixture writes an encrypted notebook (two saves, so a .prev
// exists too) and returns its path.
func encryptedFixture(t *testing.T, passphrase string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, nb, err := OpenWithKey(path, newTestKey(t, passphrase))
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Therapists) != 0 {
		t.Fatal("a missing encrypted notebook did not open empty")
	}
	secret := secretNotebook(t)
	if err := f.Save(secret, 1); err != nil {
		t.Fatal(err)
	}
	secret.People.Me = "Sam, later"
	if err := f.Save(secret, 2); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEncryptedSavesLeaveNoPlaintext(t *testing.T) {
	path := encryptedFixture(t, "correct horse battery")
	for _, p := range []string{path, path + prevSuffix} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte(crypt.Magic+"-----BEGIN AGE ENCRYPTED FILE-----\n")) {
			t.Errorf("%s does not start with the magic line and the wrapped key: %q", filepath.Base(p), data[:min(len(data), 80)])
		}
		if mode(t, p) != 0o600 {
			t.Errorf("%s has mode %v, want 0600", filepath.Base(p), mode(t, p))
		}
	}
	assertNoPlaintext(t, filepath.Dir(path))
}

func TestEncryptedRoundTrip(t *testing.T) {
	path := encryptedFixture(t, "correct horse battery")
	ok, err := IsEncrypted(path)
	if err != nil || !ok {
		t.Fatalf("IsEncrypted = %v, %v", ok, err)
	}
	key, err := UnlockKey(path, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	f, nb, err := OpenWithKey(path, key)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !f.Encrypted() {
		t.Error("File.Encrypted is false for an encrypted notebook")
	}
	if nb.Therapists[0].Notes != cryptSecret || nb.People.Me != "Sam, later" {
		t.Errorf("did not get the last save back: %q, %q", nb.Therapists[0].Notes, nb.People.Me)
	}
	prev, err := ReadWithKey(path+prevSuffix, key)
	if err != nil {
		t.Fatal(err)
	}
	if prev.People.Me != "Sam" {
		t.Errorf(".prev holds %q, want the save before the last", prev.People.Me)
	}
	// A save with the unlocked key keeps the same wrapped key: the
	// passphrase still opens the file, without a new scrypt run.
	if err := f.Save(nb, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := UnlockKey(path, "correct horse battery"); err != nil {
		t.Errorf("after a save the passphrase no longer unlocks: %v", err)
	}
}

func TestWrongPassphraseIsRefusedAndTouchesNothing(t *testing.T) {
	path := encryptedFixture(t, "correct horse battery")
	before := snapshot(t, path)
	entries := listDir(t, filepath.Dir(path))
	_, err := UnlockKey(path, "correct horse battery staple")
	if !errors.Is(err, crypt.ErrWrongPassphrase) {
		t.Fatalf("err = %v, want crypt.ErrWrongPassphrase", err)
	}
	if !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), "staple") {
		t.Errorf("message %q should name the file and never the passphrase", err)
	}
	after := snapshot(t, path)
	if !bytes.Equal(before.data, after.data) || !before.mtime.Equal(after.mtime) {
		t.Error("a wrong passphrase changed the file")
	}
	if got := listDir(t, filepath.Dir(path)); !slicesEqual(got, entries) {
		t.Errorf("files after a wrong passphrase: %v, before: %v", got, entries)
	}
}

func slicesEqual(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
}

func TestPlainOpenRefusesAnEncryptedNotebook(t *testing.T) {
	path := encryptedFixture(t, "correct horse battery")
	before := snapshot(t, path)
	if _, _, err := Open(path); !errors.Is(err, ErrEncrypted) {
		t.Errorf("Open: err = %v, want ErrEncrypted", err)
	}
	if _, err := Read(path); !errors.Is(err, ErrEncrypted) {
		t.Errorf("Read: err = %v, want ErrEncrypted", err)
	}
	if after := snapshot(t, path); !bytes.Equal(before.data, after.data) {
		t.Error("refusing changed the file")
	}
}

func TestKeyOpenRefusesAPlaintextNotebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	data, err := store.Encode(testbook.Answered(1))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	if ok, err := IsEncrypted(path); ok || err != nil {
		t.Errorf("IsEncrypted(plain) = %v, %v", ok, err)
	}
	if _, _, err := OpenWithKey(path, newTestKey(t, "correct horse battery")); !errors.Is(err, crypt.ErrNotEncrypted) {
		t.Errorf("err = %v, want crypt.ErrNotEncrypted", err)
	}
	if _, err := UnlockKey(path, "correct horse battery"); !errors.Is(err, crypt.ErrNotEncrypted) {
		t.Errorf("UnlockKey: err = %v, want crypt.ErrNotEncrypted", err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, data) {
		t.Error("refusing changed the file")
	}
}

// TestDamagedEncryptedNotebooks cuts and changes an encrypted notebook in
// each of its parts: every one is refused with a clear message, and the
// file stays byte for byte as it was.
func TestDamagedEncryptedNotebooks(t *testing.T) {
	const pass = "correct horse battery"
	path := encryptedFixture(t, pass)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The wrapped key is an armored age file after the magic line; the
	// payload follows its footer.
	keyStart := len(crypt.Magic)
	footer := []byte("-----END AGE ENCRYPTED FILE-----\n")
	payloadStart := bytes.Index(good, footer) + len(footer)
	if payloadStart < len(footer) {
		t.Fatal("no wrapped key in the encrypted notebook")
	}
	wrapped, payload := good[keyStart:payloadStart], good[payloadStart:]
	flip := func(at int) []byte {
		b := bytes.Clone(good)
		b[at] ^= 0x01
		return b
	}
	cases := map[string][]byte{
		"cut in the magic line":      good[:10],
		"cut after the magic line":   good[:keyStart],
		"cut in the wrapped key":     good[:keyStart+len(wrapped)/2],
		"cut after the wrapped key":  good[:payloadStart],
		"cut in the payload header":  good[:payloadStart+40],
		"cut in the payload":         good[:payloadStart+len(payload)/2],
		"last byte missing":          good[:len(good)-1],
		"byte changed in the key":    flip(keyStart + len(wrapped)/2),
		"byte changed in the header": flip(payloadStart + 60),
		"byte changed in the body":   flip(payloadStart + len(payload)/2),
		"last byte changed":          flip(len(good) - 1),
		"data appended":              append(bytes.Clone(good), "more"...),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "notebook.json")
			if err := os.WriteFile(p, data, 0o600); err != nil {
				t.Fatal(err)
			}
			key, err := UnlockKey(p, pass)
			if err == nil {
				var f *File
				f, _, err = OpenWithKey(p, key)
				if err == nil {
					f.Close()
					t.Fatal("a damaged notebook opened")
				}
			}
			var le *LoadError
			if !errors.As(err, &le) || le.Path != p {
				t.Errorf("err = %v, want a *LoadError naming the file", err)
			}
			msg := err.Error()
			if !strings.Contains(msg, "damaged") && !strings.Contains(msg, "passphrase") && !strings.Contains(msg, "not encrypted") {
				t.Errorf("unclear message: %q", msg)
			}
			if strings.Contains(msg, cryptSecret) || strings.Contains(msg, pass) {
				t.Errorf("message %q leaks the notes or the passphrase", msg)
			}
			got, _ := os.ReadFile(p)
			if !bytes.Equal(got, data) {
				t.Error("the damaged file was changed")
			}
			if _, err := os.Stat(p + prevSuffix); err == nil {
				t.Error("a .prev was written for a file that did not open")
			}
		})
	}
}

func TestEncryptDecryptFileKeepsBytesAndPrev(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	f, _ := openT(t, path)
	nb := secretNotebook(t)
	if err := f.Save(nb, 1); err != nil {
		t.Fatal(err)
	}
	nb.People.Me = "Sam, later"
	if err := f.Save(nb, 2); err != nil {
		t.Fatal(err)
	}
	f.Close()
	plainNow, _ := os.ReadFile(path)
	plainPrev, _ := os.ReadFile(path + prevSuffix)

	key := newTestKey(t, "correct horse battery")
	if err := EncryptFile(path, key); err != nil {
		t.Fatal(err)
	}
	assertNoPlaintext(t, dir)
	if err := EncryptFile(path, key); !errors.Is(err, ErrEncrypted) {
		t.Errorf("encrypting twice: err = %v, want ErrEncrypted", err)
	}

	unlocked, err := UnlockKey(path, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if err := DecryptFile(path, unlocked); err != nil {
		t.Fatal(err)
	}
	gotNow, _ := os.ReadFile(path)
	gotPrev, _ := os.ReadFile(path + prevSuffix)
	if !bytes.Equal(gotNow, plainNow) || !bytes.Equal(gotPrev, plainPrev) {
		t.Error("encrypt then decrypt did not give back the same bytes")
	}
	if err := DecryptFile(path, unlocked); !errors.Is(err, crypt.ErrNotEncrypted) {
		t.Errorf("decrypting twice: err = %v, want crypt.ErrNotEncrypted", err)
	}
}

func TestEncryptFileCreatesAMissingNotebook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new", "notebook.json")
	key := newTestKey(t, "correct horse battery")
	if err := EncryptFile(path, key); err != nil {
		t.Fatal(err)
	}
	nb, err := ReadWithKey(path, key)
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Therapists) != 0 || nb.Version != store.SchemaVersion {
		t.Errorf("got %+v, want an empty notebook", nb)
	}
}

func TestEncryptFileFinishesAnInterruptedRun(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	plain, err := store.Encode(secretNotebook(t))
	if err != nil {
		t.Fatal(err)
	}
	key := newTestKey(t, "correct horse battery")
	sealedPrev, err := key.Seal(plain)
	if err != nil {
		t.Fatal(err)
	}
	// As a run killed between its two renames leaves it: .prev done,
	// the notebook not yet.
	if err := os.WriteFile(path, plain, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+prevSuffix, sealedPrev, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := EncryptFile(path, key); err != nil {
		t.Fatal(err)
	}
	assertNoPlaintext(t, dir)
	if got, _ := os.ReadFile(path + prevSuffix); !bytes.Equal(got, sealedPrev) {
		t.Error("the already encrypted .prev was rewritten")
	}
}

func TestConvertRefusesAForeignPrevAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notebook.json")
	plain, err := store.Encode(secretNotebook(t))
	if err != nil {
		t.Fatal(err)
	}
	foreign, err := newTestKey(t, "another passphrase").Seal(plain)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, plain, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+prevSuffix, foreign, 0o600); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, path)
	err = EncryptFile(path, newTestKey(t, "correct horse battery"))
	if err == nil || !strings.Contains(err.Error(), ".prev") {
		t.Fatalf("err = %v, want a refusal naming the .prev", err)
	}
	if after := snapshot(t, path); !bytes.Equal(after.data, before.data) {
		t.Error("the notebook was written although the run was refused")
	}
}

func TestConvertWaitsForTheApp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	f, _ := openT(t, path)
	if err := f.Save(secretNotebook(t), 1); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, path)
	if err := EncryptFile(path, newTestKey(t, "correct horse battery")); !errors.Is(err, ErrLocked) {
		t.Errorf("err = %v, want ErrLocked while the app has the notebook", err)
	}
	if after := snapshot(t, path); !bytes.Equal(after.data, before.data) {
		t.Error("the notebook changed under the app")
	}
}

func TestChangeKey(t *testing.T) {
	path := encryptedFixture(t, "correct horse battery")
	old, err := UnlockKey(path, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	next := newTestKey(t, "a new long passphrase")
	if err := ChangeKey(path, old, next); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + prevSuffix} {
		if _, err := UnlockKey(p, "correct horse battery"); !errors.Is(err, crypt.ErrWrongPassphrase) {
			t.Errorf("%s: the old passphrase still unlocks it (%v)", filepath.Base(p), err)
		}
		k, err := UnlockKey(p, "a new long passphrase")
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(p), err)
		}
		// The old key opens nothing written after the change.
		if _, err := ReadWithKey(p, old); err == nil {
			t.Errorf("%s: the old key still opens it", filepath.Base(p))
		}
		nb, err := ReadWithKey(p, k)
		if err != nil {
			t.Fatal(err)
		}
		if nb.Therapists[0].Notes != cryptSecret {
			t.Errorf("%s lost its notes", filepath.Base(p))
		}
	}
	assertNoPlaintext(t, filepath.Dir(path))
}
