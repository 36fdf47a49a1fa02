package disk

// PlaintextWarning is the one decision, for every file vetted writes in
// clear (exports, the brief, the outreach draft, vetted ask's message),
// of what to tell the person first: for a notebook that is encrypted
// (File.Encrypted, or read with ReadWithKey), that what (such as "the
// export" or "what it writes") is not, and what that means; for one that
// is not, "" (nothing to say: the notebook is as readable as the file).
// TestEveryPlaintextWriterWarns lists every writer and fails for one that
// does not ask here.
func PlaintextWarning(encrypted bool, what string) string {
	if !encrypted {
		return ""
	}
	return what + " is not encrypted, unlike the notebook; anyone who can read it can read your notes."
}
