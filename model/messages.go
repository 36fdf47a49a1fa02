package model

// Messages that commands send back.

// savedMsg reports the end of one save. err is already a friendly message
// from the store, which never includes notebook content. A save made after
// a delete also removes the kept previous version (see dropSaveCmd):
// dropped says it did, prevErr why it could not (the save itself worked).
type savedMsg struct {
	rev     uint64
	err     error
	dropped bool
	prevErr error
}
