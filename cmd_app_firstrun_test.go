package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFirstRunOfTheAppAsksNothing: the full-screen app opens a new
// notebook without a terminal question; the welcome screen offers
// encryption. VETTED_PASSPHRASE still encrypts it, and an encrypted
// notebook still asks for its passphrase before the screen is taken over.
func TestFirstRunOfTheAppAsksNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notebook.json")
	ty := &typist{}
	f, _, err := openForScreen(path, ty.passphrases())
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.Encrypted() || ty.out.Len() != 0 || ty.asked != 0 || ty.sessions != 0 {
		t.Errorf("a first run: encrypted %v, asked %d, printed %q", f.Encrypted(), ty.asked, ty.out.String())
	}

	withEnv := &typist{}
	p := withEnv.passphrases()
	p.env, p.hasEnv = testPass, true
	g, _, err := openForScreen(filepath.Join(t.TempDir(), "notebook.json"), p)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if !g.Encrypted() || withEnv.out.Len() != 0 {
		t.Errorf("with %s: encrypted %v, printed %q", envPassphrase, g.Encrypted(), withEnv.out.String())
	}

	locked := encryptedNotebook(t, testPass)
	unlocking := &typist{secrets: []string{testPass}}
	h, _, err := openForScreen(locked, unlocking.passphrases())
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if !h.Encrypted() || !strings.Contains(unlocking.out.String(), "Passphrase for") {
		t.Errorf("an encrypted notebook: encrypted %v, prompt %q", h.Encrypted(), unlocking.out.String())
	}
}
