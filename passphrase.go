package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"

	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
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
var scryptWorkFactor = store.DefaultWorkFactor

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
	// readSecret reads one line with the typing hidden.
	readSecret func() (string, error)
	// readLine reads one line as typed (for a yes or no).
	readLine func() (string, error)
	// out receives the prompts and what went wrong (stderr).
	out io.Writer
}

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
		readSecret:  func() (string, error) { return readHidden(fd, stderr) },
		readLine:    func() (string, error) { return readLine(os.Stdin) },
		out:         stderr,
	}
}

// readHidden reads a line from the terminal fd without echoing it. The
// terminal echoes again afterwards even when ctrl+c ends vetted in the
// middle: otherwise the person's shell would stay blind.
func readHidden(fd int, out io.Writer) (string, error) {
	state, err := term.GetState(fd)
	if err != nil {
		return "", err
	}
	interrupted := make(chan os.Signal, 1)
	signal.Notify(interrupted, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-interrupted:
			_ = term.Restore(fd, state)
			fmt.Fprintln(out)
			os.Exit(130)
		case <-done:
		}
	}()
	secret, err := term.ReadPassword(fd)
	close(done)
	signal.Stop(interrupted)
	// The Enter that ended the line was not echoed either.
	fmt.Fprintln(out)
	return string(secret), err
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
func (p passphrases) unlock(path string) (*store.Key, error) {
	if p.hasEnv {
		return store.UnlockKey(path, p.env)
	}
	if !p.interactive {
		return nil, errNoPassphrase
	}
	for try := 1; ; try++ {
		fmt.Fprintf(p.out, "Passphrase for %s: ", safetext.Line(path))
		pass, err := p.readSecret()
		if err != nil {
			return nil, fmt.Errorf("could not read the passphrase: %w", err)
		}
		key, err := store.UnlockKey(path, pass)
		if !errors.Is(err, store.ErrWrongPassphrase) {
			return key, err
		}
		if try == maxTries {
			return nil, fmt.Errorf("%w (%d tries); nothing was changed", store.ErrWrongPassphrase, maxTries)
		}
		fmt.Fprintln(p.out, "That passphrase does not open this notebook. Try again.")
	}
}

// newKey asks for a new passphrase twice (or takes it from the
// environment: VETTED_NEW_PASSPHRASE when changing, else VETTED_PASSPHRASE)
// and wraps a fresh key with it. Wrapping is the slow step, so it says so.
func (p passphrases) newKey(changing bool) (*store.Key, error) {
	pass, err := p.newPassphrase(changing)
	if err != nil {
		return nil, err
	}
	if typed := !p.hasEnv && !(changing && p.hasNewEnv); typed {
		fmt.Fprintln(p.out, "Making the key (this takes a second or two)…")
	}
	return store.NewKey(pass, scryptWorkFactor)
}

// newPassphrase returns a new passphrase that store.CheckPassphrase
// accepts, typed the same twice.
func (p passphrases) newPassphrase(changing bool) (string, error) {
	if changing && p.hasNewEnv {
		return p.newEnv, store.CheckPassphrase(p.newEnv)
	}
	if changing && p.hasEnv {
		// The old one came from VETTED_PASSPHRASE; the new must differ.
		return "", errors.New("set " + envNewPassphrase + " to the new passphrase")
	}
	if !changing && p.hasEnv {
		return p.env, store.CheckPassphrase(p.env)
	}
	if !p.interactive {
		return "", errors.New("a new passphrase is needed: run this in a terminal, or set " + envPassphrase)
	}
	for try := 1; ; try++ {
		fmt.Fprintf(p.out, "New passphrase (at least %d characters): ", store.MinPassphraseLen)
		pass, err := p.readSecret()
		if err != nil {
			return "", fmt.Errorf("could not read the passphrase: %w", err)
		}
		problem := store.CheckPassphrase(pass)
		if problem == nil {
			fmt.Fprint(p.out, "Type it again: ")
			again, err := p.readSecret()
			if err != nil {
				return "", fmt.Errorf("could not read the passphrase: %w", err)
			}
			if again == pass {
				return pass, nil
			}
			problem = errors.New("the two passphrases differ")
		}
		if try == maxTries {
			return "", fmt.Errorf("%w; nothing was changed", problem)
		}
		fmt.Fprintf(p.out, "%s. Try again.\n", capitalise(problem.Error()))
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
