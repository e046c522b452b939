package shared

// Version is stamped at release time.
const Version = "0.0.0-dev"
