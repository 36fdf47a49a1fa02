package model

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/vetted-tui/vetted/model/welcome"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// encryptChoice is the welcome's number key for the encryption choice:
// the last one.
var encryptChoice = string(rune('0' + len(welcome.ChoiceLabels())))

const welcomePass = "correct horse battery"

// TestWelcomeEncryptWritesAnEncryptedNotebook: the encryption choice,
// the passphrase typed twice, gives an encrypted notebook on disk that
// the passphrase opens, and the welcome comes back saying so.
func TestWelcomeEncryptWritesAnEncryptedNotebook(t *testing.T) {
	h, path := welcomeHarness(t, 80, 24)
	h.keys(encryptChoice)
	if h.m.kind() != screenEncrypt {
		t.Fatalf("the encryption choice opened screen %v", h.m.kind())
	}
	h.mustSee("Encrypt your notebook")
	h.mustSee("unreadable without")
	h.typeText(welcomePass)
	h.mustNotSee(welcomePass) // hidden
	h.keys("enter")
	h.typeText(welcomePass)
	h.keys("enter")
	if h.m.kind() != screenWelcome {
		t.Fatalf("after the passphrase, screen %v", h.m.kind())
	}
	if ok, err := disk.IsEncrypted(path); err != nil || !ok {
		t.Fatalf("disk.IsEncrypted = %v, %v; want an encrypted notebook on disk", ok, err)
	}
	if _, err := disk.UnlockKey(path, welcomePass); err != nil {
		t.Fatalf("the passphrase typed does not open the notebook: %v", err)
	}
	h.mustSee("encrypted with your")
	h.mustSee("Your notebook is encrypted")
	// The next step saves encrypted too.
	h.keys("1")
	h.typeText("Dr Jane Doe")
	h.keys("ctrl+s")
	data, err := os.ReadFile(path)
	if err != nil || strings.Contains(string(data), "Jane") {
		t.Fatalf("the first therapist was saved in the clear (%v)", err)
	}
}

// TestWelcomeEncryptRefusesInPlace: a passphrase that the rules refuse,
// or two that differ, are refused under their field; nothing is written.
func TestWelcomeEncryptRefusesInPlace(t *testing.T) {
	tests := []struct {
		name, pass, again, want string
	}{
		{"mismatch", welcomePass, welcomePass + "!", "The two passphrases differ."},
		{"too short", "short", "short", "too short"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, path := welcomeHarness(t, 80, 24)
			h.keys(encryptChoice)
			h.typeText(tc.pass)
			h.keys("enter")
			h.typeText(tc.again)
			h.keys("enter")
			if h.m.kind() != screenEncrypt {
				t.Fatalf("a refused passphrase left the form for %v", h.m.kind())
			}
			h.mustSee(tc.want)
			if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("a refused passphrase wrote the notebook: %v", err)
			}
			if h.m.file.Encrypted() {
				t.Error("a refused passphrase encrypted the notebook")
			}
		})
	}
}

// TestWelcomeEnterKeepsItPlain: enter on the welcome is today's default,
// a notebook that is not encrypted; esc on the passphrase form too.
func TestWelcomeEnterKeepsItPlain(t *testing.T) {
	h, path := welcomeHarness(t, 80, 24)
	h.keys(encryptChoice)
	h.keys("esc")
	if h.m.kind() != screenWelcome {
		t.Fatalf("esc on the passphrase form opened %v, want the welcome", h.m.kind())
	}
	// Back on the first choice: enter does not open the form again.
	h.keys("enter")
	if h.m.kind() != screenDetails {
		t.Fatalf("enter after leaving the passphrase form opened %v", h.m.kind())
	}
	h.typeText("Dr Jane Doe")
	h.keys("ctrl+s")
	if ok, err := disk.IsEncrypted(path); err != nil || ok {
		t.Fatalf("disk.IsEncrypted = %v, %v; want a plain notebook", ok, err)
	}
	if nb := onDisk(t, path); len(nb.Therapists) != 1 {
		t.Errorf("on disk: %+v", nb.Therapists)
	}
}

// TestWelcomeEncryptOnANotebookOnDiskSaysWhatToDoInTheApp: when the
// notebook is on disk already (written by a save before the choice), the
// refusal says what to do from inside the app, quit and run vetted
// encrypt for this file, not the store's terse CLI hint; nothing is
// written.
func TestWelcomeEncryptOnANotebookOnDiskSaysWhatToDoInTheApp(t *testing.T) {
	h, path := welcomeHarness(t, 80, 24)
	if err := h.m.File().Save(store.New(), 1); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	h.keys(encryptChoice)
	h.typeText(welcomePass)
	h.keys("enter")
	h.typeText(welcomePass)
	h.keys("enter")
	status := h.m.status.Text()
	for _, want := range []string{"already on disk", "quit", "vetted encrypt --file " + path} {
		if !strings.Contains(status, want) {
			t.Errorf("the refusal %q does not say %q", status, want)
		}
	}
	if strings.Contains(status, "encrypts it") || strings.HasPrefix(status, "vetted:") {
		t.Errorf("the refusal is the store's CLI wording: %q", status)
	}
	if after, err := os.ReadFile(path); err != nil || string(after) != string(before) {
		t.Errorf("the refused choice changed the file (%v)", err)
	}
}
