package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vetted-tui/vetted/checklist"
	"github.com/vetted-tui/vetted/safetext"
	"github.com/vetted-tui/vetted/store"
	"github.com/vetted-tui/vetted/store/disk"
)

// cryptShort is the line each encryption command has in vetted --help.
var cryptShort = map[string]string{
	"encrypt":    "encrypt the notebook (and its previous version) with a passphrase",
	"decrypt":    "write the notebook (and its previous version) back as plain JSON",
	"passphrase": "change the passphrase",
}

// cryptExample is the example of each encryption command.
var cryptExample = map[string]string{
	"encrypt":    "  vetted encrypt",
	"decrypt":    "  VETTED_PASSPHRASE=... vetted decrypt     (from a script)",
	"passphrase": "  vetted passphrase --file ~/notes/vetted.json",
}

// cryptLong is the description of vetted encrypt, decrypt and passphrase.
const cryptLong = `The passphrase is typed twice with the typing hidden; for scripts,
VETTED_PASSPHRASE gives it (and VETTED_NEW_PASSPHRASE the new one for
vetted passphrase). vetted never stores or shows it, and nobody, you
included, can read an encrypted notebook without it.
Close the app first: these commands rewrite the file.

The three commands:
  vetted encrypt [--file PATH]      encrypt the notebook and its previous version
  vetted decrypt [--file PATH]      write them back as plain JSON
  vetted passphrase [--file PATH]   change the passphrase`

// newCryptCmd is vetted encrypt, decrypt or passphrase (name).
func newCryptCmd(s *streams, name string) *cobra.Command {
	var file string
	c := &cobra.Command{
		Use:                   name + " [--file PATH]",
		Short:                 cryptShort[name],
		Long:                  capitalise(cryptShort[name]) + ".\n\n" + cryptLong,
		Example:               cryptExample[name],
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
	}
	c.Flags().StringVar(&file, "file", "", "the notebook, at `PATH` "+fileDefault)
	c.RunE = func(*cobra.Command, []string) error {
		return status(runCrypt(name, file, s.askPassphrases(), s.err))
	}
	return c
}

// runCrypt runs vetted encrypt, decrypt or passphrase (cmd) on the
// notebook file (--file). It returns the exit status: 0 done, 1 nothing
// changed (wrong passphrase, damaged or busy file).
func runCrypt(cmd, file string, p passphrases, stderr io.Writer) int {
	path, err := notebookPath(file)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	var msg string
	switch cmd {
	case "encrypt":
		msg, err = encryptNotebook(path, p)
	case "decrypt":
		msg, err = decryptNotebook(path, p)
	default:
		msg, err = changePassphrase(path, p)
	}
	if err != nil {
		fmt.Fprintf(stderr, "vetted %s: %s\n", cmd, strings.TrimPrefix(err.Error(), "vetted: "))
		if errors.Is(err, disk.ErrLocked) {
			fmt.Fprintln(stderr, "Close the app first; the notebook was not changed.")
		}
		return exitError
	}
	fmt.Fprintln(stderr, msg)
	return exitOK
}

// encryptNotebook encrypts a plaintext notebook (or creates an encrypted
// one), asking for the new passphrase only once the file is known good.
func encryptNotebook(path string, p passphrases) (string, error) {
	shown := safetext.Line(path)
	encrypted, err := disk.IsEncrypted(path)
	existed := err == nil
	switch {
	case err == nil && encrypted:
		return "", fmt.Errorf("%s is already encrypted; vetted passphrase changes its passphrase", shown)
	case err == nil:
		// Refuse an unreadable file before asking anything.
		if _, err := disk.Read(path); err != nil {
			return "", err
		}
	case !errors.Is(err, fs.ErrNotExist):
		return "", fmt.Errorf("cannot read %s: %w", shown, disk.StripPath(err))
	}
	key, err := p.newKey(false)
	if err != nil {
		return "", err
	}
	if err := disk.EncryptFile(path, key); err != nil {
		return "", err
	}
	const keepSafe = "Without the passphrase nobody, you included, can read it: keep the passphrase safe."
	if !existed {
		return fmt.Sprintf("vetted: created an encrypted notebook at %s.\n%s", shown, keepSafe), nil
	}
	done := "vetted: " + shown + " is encrypted"
	// The store keeps .prev beside the file a link leads to.
	if _, err := os.Stat(resolved(path) + ".prev"); err == nil {
		done += ", and so is its previous version (.prev)"
	}
	return done + ".\n" + keepSafe + "\n" +
		"Copies made before now (backups, sync history, exports) are not encrypted.", nil
}

// decryptNotebook writes an encrypted notebook back as plain JSON.
func decryptNotebook(path string, p passphrases) (string, error) {
	if err := mustBeEncrypted(path); err != nil {
		return "", err
	}
	key, err := p.unlock(path)
	if err != nil {
		return "", err
	}
	if err := disk.DecryptFile(path, key); err != nil {
		return "", err
	}
	return fmt.Sprintf("vetted: %s and its previous version are plain JSON again, readable by anyone who can read the files.",
		safetext.Line(path)), nil
}

// changePassphrase re-encrypts a notebook under a new passphrase and a
// fresh key, so the old passphrase opens nothing written from now on.
func changePassphrase(path string, p passphrases) (string, error) {
	if err := mustBeEncrypted(path); err != nil {
		return "", err
	}
	old, err := p.unlock(path)
	if err != nil {
		return "", err
	}
	next, err := p.newKey(true)
	if err != nil {
		return "", err
	}
	if err := disk.ChangeKey(path, old, next); err != nil {
		return "", err
	}
	return fmt.Sprintf("vetted: the passphrase of %s is changed; the old one no longer opens it.", safetext.Line(path)), nil
}

// mustBeEncrypted refuses a missing or plaintext notebook.
func mustBeEncrypted(path string) error {
	shown := safetext.Line(path)
	encrypted, err := disk.IsEncrypted(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("there is no notebook at %s", shown)
	case err != nil:
		return fmt.Errorf("cannot read %s: %w", shown, disk.StripPath(err))
	case !encrypted:
		return fmt.Errorf("%s is not encrypted; vetted encrypt encrypts it", shown)
	}
	return nil
}

// openForApp opens the notebook for the plain-line mode and vetted import,
// asking for what it needs first: the passphrase of an encrypted
// notebook, or, when there is no notebook yet, whether to encrypt the new
// one. A plaintext notebook opens as before, without a question.
func openForApp(path string, p passphrases) (*disk.File, *store.Notebook, error) {
	return openNotebook(path, p, p.chooseEncryption)
}

// openForScreen opens the notebook for the full-screen app. Only an
// encrypted notebook is asked about here (the app cannot draw it before it
// is unlocked); a new one opens plain, and the welcome screen offers to
// encrypt it, unless VETTED_PASSPHRASE already chose that.
func openForScreen(path string, p passphrases) (*disk.File, *store.Notebook, error) {
	return openNotebook(path, p, func(string) (bool, error) { return p.hasEnv, nil })
}

// openNotebook opens the notebook at path: an encrypted one with its
// passphrase; a missing one encrypted when encryptNew says so (asked
// before the screen is taken over); otherwise plain.
func openNotebook(path string, p passphrases, encryptNew func(path string) (bool, error)) (*disk.File, *store.Notebook, error) {
	encrypted, err := disk.IsEncrypted(path)
	if err == nil && encrypted {
		key, err := p.unlock(path)
		if err != nil {
			return nil, nil, err
		}
		return disk.OpenWithKey(path, key)
	}
	// Lstat, not the error above: a dangling link is not a missing
	// notebook, and Open has the message for it.
	if _, lerr := os.Lstat(path); errors.Is(lerr, fs.ErrNotExist) {
		encrypt, err := encryptNew(path)
		if err != nil {
			return nil, nil, err
		}
		if encrypt {
			key, err := p.newKey(false)
			if err != nil {
				return nil, nil, err
			}
			return disk.OpenWithKey(path, key)
		}
	}
	return disk.Open(path)
}

// chooseEncryption asks, once, whether a new notebook is encrypted. With
// VETTED_PASSPHRASE set the answer is yes without asking; without a
// terminal, no. Enter alone means no: a forgotten passphrase loses every
// note, so encryption is chosen, never slipped into.
func (p passphrases) chooseEncryption(path string) (bool, error) {
	if p.hasEnv {
		return true, nil
	}
	if !p.interactive {
		return false, nil
	}
	fmt.Fprintf(p.out, "vetted: there is no notebook at %s yet.\n"+
		"Encrypt it with a passphrase? Your notes are then unreadable on disk without it,\n"+
		"and lost if you forget it. You can change this later (vetted encrypt / decrypt).\n"+
		"Encrypt? [y/N] ", safetext.Line(path))
	answer, err := p.readLine()
	if err != nil {
		return false, fmt.Errorf("could not read the answer: %w", err)
	}
	return checklist.IsYes(answer), nil
}

// readEncrypted unlocks the encrypted notebook at path and reads it
// without locking or writing, as vetted export does.
func readEncrypted(path string, p passphrases) (*store.Notebook, error) {
	key, err := p.unlock(path)
	if err != nil {
		return nil, err
	}
	return disk.ReadWithKey(path, key)
}
