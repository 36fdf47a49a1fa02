package disk

import "errors"

// ChangedOnDisk reports whether the notebook file is no longer what vetted
// last read or wrote there: another program wrote it, replaced it or
// removed it. The app asks when the folder reports a change (or on a
// tick where it cannot watch), to warn at once instead of at the next
// save. vetted's own saves never make it true: each records what it wrote.
// It waits for a save in progress, and reads the file (off the UI, in a
// command). A closed File (moved to a copy, or quitting) has nothing to
// report, nor has a check that could not look (the folder unreadable):
// the next save says what is wrong then.
func (f *File) ChangedOnDisk() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.lock == nil {
		return false
	}
	return errors.Is(f.disk.check(f.path), ErrChangedOnDisk)
}
