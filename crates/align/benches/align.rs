//! Throughput of the aligner on a composed en–ru pair (placeholder until the real bench is written).
fn main() {}
