package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"golang.org/x/term"

	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store/crypt"
	"github.com/vetted-tui/vetted/store/disk"
)

// Environment variables that give passphrases without a prompt, for
// scripts and tests. Like any environment variable they can be read by
// other programs of the same user: prefer typing at the prompt.
const (
	envPassphrase    = "VETTED_PASSPHRASE"
	envNewPassphrase = "VETTED_NEW_PASSPHRASE" // vetted passphrase only
)

// maxTries is how many passphrases a prompt takes before it gives up.
const maxTries = 3

// scryptWorkFactor wraps every new key. Tests lower it so the suite stays
// fast; real notebooks get age's default.
var scryptWorkFactor = crypt.DefaultWorkFactor

// errNoPassphrase is returned when a passphrase is needed but there is
// neither a terminal to ask at nor VETTED_PASSPHRASE.
var errNoPassphrase = errors.New("this needs the notebook's passphrase: run it in a terminal, or set " + envPassphrase)

// passphrases gets passphrases from the environment or, without one, by
// asking at the terminal with the typing hidden. A passphrase is never
// stored, logged or shown: it lives in memory for as long as it takes to
// unwrap or wrap a key.
type passphrases struct {
	// env and newEnv are VETTED_PASSPHRASE and VETTED_NEW_PASSPHRASE;
	// hasEnv and hasNewEnv say whether they are set.
	env, newEnv       string
	hasEnv, hasNewEnv bool
	// interactive says a person can be asked: stdin is a terminal.
	interactive bool
	// hide starts a run of hidden prompts; end it when done.
	hide func() (secretPrompt, error)
	// readLine reads one line as typed (for a yes or no).
	readLine func() (string, error)
	// out receives plain questions and messages (stderr).
	out io.Writer
}

// secretPrompt is a run of prompts during which nothing typed is echoed,
// not even keys typed ahead while a key is being unwrapped.
type secretPrompt interface {
	// ask shows prompt and reads a line without echoing it.
	ask(prompt string) (string, error)
	// say prints a line of text.
	say(text string)
	// end gives the terminal back as it was.
	end()
}

// errCancelled is returned when the person ends a prompt with ctrl+c or
// ctrl+d.
var errCancelled = errors.New("cancelled; nothing was changed")

// systemPassphrases reads from the process's environment and terminal,
// prompting on stderr so that stdout stays clean for an export.
func systemPassphrases(stderr io.Writer) passphrases {
	env, hasEnv := os.LookupEnv(envPassphrase)
	newEnv, hasNewEnv := os.LookupEnv(envNewPassphrase)
	fd := int(os.Stdin.Fd())
	return passphrases{
		env: env, hasEnv: hasEnv,
		newEnv: newEnv, hasNewEnv: hasNewEnv,
		interactive: term.IsTerminal(fd),
		hide:        func() (secretPrompt, error) { return hideTyping(fd, os.Stdin, stderr) },
		readLine:    func() (string, error) { return readLine(os.Stdin) },
		out:         stderr,
	}
}

// rawPrompt is a secretPrompt on a real terminal, held in raw mode for the
// whole run. Between two prompts vetted is busy (scrypt takes a second), and
// a terminal in its normal mode would echo whatever is typed meanwhile. In
// raw mode the terminal adds no carriage return to a line feed, so every
// line written here ends in "\r\n".
type rawPrompt struct {
	in    io.Reader
	out   io.Writer
	fd    int
	state *term.State
	done  chan struct{}
}

// hideTyping puts the terminal fd in raw mode until end. In raw mode ctrl+c
// is a key, which ask turns into errCancelled; a signal that ends vetted
// (SIGTERM, SIGHUP) first gives the terminal back, so the shell is not left
// blind.
func hideTyping(fd int, in io.Reader, out io.Writer) (secretPrompt, error) {
	state, err := term.MakeRaw(fd)
	if err != nil {
		return nil, fmt.Errorf("could not hide the typing: %w", err)
	}
	p := &rawPrompt{in: in, out: out, fd: fd, state: state, done: make(chan struct{})}
	ended := make(chan os.Signal, 1)
	signal.Notify(ended, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		select {
		case <-ended:
			_ = term.Restore(fd, state)
			os.Exit(1)
		case <-p.done:
			signal.Stop(ended)
		}
	}()
	return p, nil
}

func (p *rawPrompt) ask(prompt string) (string, error) {
	_, _ = io.WriteString(p.out, prompt)
	line, err := readHidden(p.in)
	// Nothing typed was echoed, not even the enter: end the line here.
	_, _ = io.WriteString(p.out, "\r\n")
	return line, err
}

func (p *rawPrompt) say(text string) {
	_, _ = io.WriteString(p.out, strings.ReplaceAll(text, "\n", "\r\n")+"\r\n")
}

func (p *rawPrompt) end() {
	close(p.done)
	// Keys typed while scrypt ran (an anxious second try of the
	// passphrase) must not reach the app as commands, or a field.
	dropTypeAhead(p.fd)
	_ = term.Restore(p.fd, p.state)
}

// maxPassphrase bounds what readHidden keeps of one line.
const maxPassphrase = 1024

// readHidden reads one line typed in raw mode, a byte at a time, echoing
// nothing: enter ends it, backspace takes back a character (a whole UTF-8
// one), ctrl+u starts again, ctrl+c or ctrl+d (on an empty line) cancel.
func readHidden(in io.Reader) (string, error) {
	var line []byte
	b := make([]byte, 1)
	// seq is where in an escape sequence (an arrow key) the input is: 0
	// outside one, 1 after ESC, 2 inside its parameters.
	seq := 0
	for {
		n, err := in.Read(b)
		if n == 0 {
			if err == nil {
				continue
			}
			if errors.Is(err, io.EOF) {
				return "", errCancelled
			}
			return "", err
		}
		c := b[0]
		switch {
		case seq == 1 && (c == '[' || c == 'O'):
			seq = 2
			continue
		case seq == 2 && c >= 0x40 && c <= 0x7e:
			seq = 0 // its final byte
			continue
		case seq == 2:
			continue
		case c == 0x1b:
			seq = 1
			continue
		}
		seq = 0
		switch {
		case c == '\r' || c == '\n':
			return string(line), nil
		case c == 3: // ctrl+c
			return "", errCancelled
		case c == 4 && len(line) == 0: // ctrl+d
			return "", errCancelled
		case c == 21: // ctrl+u
			line = line[:0]
		case c == 127 || c == 8: // backspace
			for len(line) > 0 {
				last := line[len(line)-1]
				line = line[:len(line)-1]
				if last < 0x80 || last >= 0xc0 {
					break // the first byte of the character
				}
			}
		case c < 0x20:
			// Other control keys are not part of a passphrase.
		case len(line) < maxPassphrase:
			line = append(line, c)
		}
	}
}

// readLine reads up to a newline, a byte at a time so that nothing meant
// for the app after it is swallowed into a buffer.
func readLine(r io.Reader) (string, error) {
	var line []byte
	b := make([]byte, 1)
	for len(line) < 1024 {
		n, err := r.Read(b)
		if n == 1 {
			if b[0] == '\n' {
				break
			}
			line = append(line, b[0])
		}
		if err != nil {
			if err == io.EOF && len(line) > 0 {
				break
			}
			return string(line), err
		}
	}
	return string(line), nil
}

// unlock returns the key of the encrypted notebook at path. With
// VETTED_PASSPHRASE set it tries that once; otherwise it asks up to
// maxTries times. A wrong passphrase or a damaged file changes nothing.
func (p passphrases) unlock(path string) (*crypt.Key, error) {
	if p.hasEnv {
		return disk.UnlockKey(path, p.env)
	}
	if !p.interactive {
		return nil, errNoPassphrase
	}
	sp, err := p.hide()
	if err != nil {
		return nil, err
	}
	defer sp.end()
	for try := 1; ; try++ {
		pass, err := sp.ask("Passphrase for " + safetext.Line(path) + ": ")
		if err != nil {
			return nil, err
		}
		// scrypt takes a second or so: say why nothing happens.
		sp.say("Checking…")
		key, err := disk.UnlockKey(path, pass)
		if !errors.Is(err, crypt.ErrWrongPassphrase) {
			return key, err
		}
		if try == maxTries {
			// Named as the prompts name it: the person may have several.
			return nil, fmt.Errorf("%s: %w (%d tries); nothing was changed", safetext.Line(path), crypt.ErrWrongPassphrase, maxTries)
		}
		sp.say("That passphrase does not open this notebook. Try again.")
	}
}

// newKey asks for a new passphrase twice (or takes it from the
// environment: VETTED_NEW_PASSPHRASE when changing, else VETTED_PASSPHRASE)
// and wraps a fresh key with it. Wrapping is the slow step, so it says so.
func (p passphrases) newKey(changing bool) (*crypt.Key, error) {
	switch {
	case changing && p.hasNewEnv:
		return wrapNew(p.newEnv)
	case changing && p.hasEnv:
		// The old one came from VETTED_PASSPHRASE; the new must differ.
		return nil, errors.New("set " + envNewPassphrase + " to the new passphrase")
	case !changing && p.hasEnv:
		return wrapNew(p.env)
	case !p.interactive:
		return nil, errors.New("a new passphrase is needed: run this in a terminal, or set " + envPassphrase)
	}
	sp, err := p.hide()
	if err != nil {
		return nil, err
	}
	defer sp.end()
	pass, err := askNew(sp)
	if err != nil {
		return nil, err
	}
	sp.say("Making the key (this takes a second or two)…")
	return wrapNew(pass)
}

// wrapNew checks a new passphrase and wraps a fresh key with it.
func wrapNew(pass string) (*crypt.Key, error) {
	if err := crypt.CheckPassphrase(pass); err != nil {
		return nil, err
	}
	return crypt.NewKey(pass, scryptWorkFactor)
}

// askNew asks for a new passphrase that crypt.CheckPassphrase accepts,
// typed the same twice, in up to maxTries rounds.
func askNew(sp secretPrompt) (string, error) {
	for try := 1; ; try++ {
		pass, err := sp.ask(fmt.Sprintf("New passphrase (at least %d characters): ", crypt.MinPassphraseLen))
		if err != nil {
			return "", err
		}
		problem := crypt.CheckPassphrase(pass)
		if problem == nil {
			again, err := sp.ask("Type it again: ")
			if err != nil {
				return "", err
			}
			if again == pass {
				return pass, nil
			}
			problem = crypt.ErrPassphrasesDiffer
		}
		if try == maxTries {
			return "", fmt.Errorf("%w; nothing was changed", problem)
		}
		sp.say(capitalise(problem.Error()) + ". Try again.")
	}
}

// capitalise upper-cases an ASCII first letter, for an error shown as a
// sentence.
func capitalise(s string) string {
	if s != "" && 'a' <= s[0] && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
