//! One Python exception for every library error, with the library's message.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::PyErr;

create_exception!(
    steppe,
    SteppeError,
    PyValueError,
    "An error of the steppe library: an unknown scheme or language, a file that cannot be read \
     (the message names it and the position), a malformed TMX."
);

/// Turns any library error into a [`SteppeError`] with its message (the same line the command
/// line prints after `steppe: `).
pub fn raise(err: impl std::fmt::Display) -> PyErr {
    SteppeError::new_err(err.to_string())
}

/// Turns a value that cannot be converted to Python into a [`SteppeError`].
pub fn convert(err: pythonize::PythonizeError) -> PyErr {
    SteppeError::new_err(format!("cannot convert to Python: {err}"))
}

/// An `f32` score as the `f64` Python shows with the digits the `f32` has (`0.9999458`, not
/// `0.9999457597732544`).
pub fn score(value: f32) -> f64 {
    value.to_string().parse().unwrap_or(f64::from(value))
}

/// Python's `repr()` of a value, for the `__repr__` of the classes.
pub fn repr<'py>(py: pyo3::Python<'py>, value: impl pyo3::IntoPyObjectExt<'py>) -> pyo3::PyResult<String> {
    use pyo3::types::PyAnyMethods;
    let object = value.into_bound_py_any(py)?;
    object.repr()?.extract()
}
