package welcome

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/vetted-tui/vetted/model/screen"
	"github.com/vetted-tui/vetted/model/theme"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/crypt"
)

// formOn returns the passphrase form with newKey as the key maker, the
// passphrase typed twice but not yet submitted.
func formOn(t *testing.T, newKey func(string) (*crypt.Key, error)) encryptForm {
	t.Helper()
	c := screen.NewCommon(store.New(), theme.DefaultStyles(), nil, ".")
	c.Width, c.Height, c.NewKey = 80, 20, newKey
	var s screen.Screen = newEncryptForm(c)
	for _, k := range []tea.KeyMsg{runes("correct horse"), {Type: tea.KeyEnter}, runes("correct horse")} {
		s, _ = s.Update(k)
	}
	return s.(encryptForm)
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// TestEncryptFormMakesTheKeyInACommand: enter does not run scrypt in
// Update; it says it is checking, drops keys until the key comes back,
// and then sends the key up.
func TestEncryptFormMakesTheKeyInACommand(t *testing.T) {
	calls := 0
	var got string
	e := formOn(t, func(pass string) (*crypt.Key, error) {
		calls++
		got = pass
		return crypt.NewKey(pass, 10)
	})
	s, cmd := e.Update(tea.KeyMsg{Type: tea.KeyEnter})
	if calls != 0 || cmd == nil {
		t.Fatalf("enter made the key in Update (%d calls) or returned no command", calls)
	}
	if v := ansi.Strip(s.View()); !strings.Contains(v, "Checking…") {
		t.Errorf("no note while the key is made:\n%s", v)
	}
	// An anxious second enter starts nothing more.
	if _, again := s.Update(tea.KeyMsg{Type: tea.KeyEnter}); again != nil {
		t.Error("a key while the key is made started a command")
	}
	made := cmd()
	if calls != 1 || got != "correct horse" {
		t.Fatalf("the command made %d keys from %q", calls, got)
	}
	s, cmd = s.Update(made)
	if cmd == nil {
		t.Fatal("the key made was not sent up")
	}
	if msg, ok := cmd().(screen.EncryptNewMsg); !ok || msg.Key == nil {
		t.Fatalf("sent up %T, want screen.EncryptNewMsg with a key", msg)
	}
	if strings.Contains(ansi.Strip(s.View()), "Checking…") {
		t.Error("the note stays after the key was made")
	}
}

// TestEncryptFormShowsAFailedKey: a key that could not be made is said
// in place, and the form takes keys again.
func TestEncryptFormShowsAFailedKey(t *testing.T) {
	e := formOn(t, func(string) (*crypt.Key, error) { return nil, errors.New("no randomness") })
	s, cmd := e.Update(tea.KeyMsg{Type: tea.KeyEnter})
	s, cmd = s.Update(cmd())
	if cmd != nil {
		t.Error("a failed key was sent up")
	}
	if v := ansi.Strip(s.View()); !strings.Contains(v, "No randomness.") {
		t.Errorf("the failure is not shown:\n%s", v)
	}
	if s.(encryptForm).busy {
		t.Error("the form stays busy after a failure")
	}
}

// TestEncryptChoiceOnAnEncryptedNotebook: the choice says so rather than
// asking for a second passphrase.
func TestEncryptChoiceOnAnEncryptedNotebook(t *testing.T) {
	msg := chooseEncryption(nil, true)()
	if st, ok := msg.(screen.StatusMsg); !ok || st.Text != alreadyEncrypted {
		t.Fatalf("got %#v", msg)
	}
}
