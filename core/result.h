// What a call that can fail returns: a value (with any warnings met on the way), or the diagnostics
// that say why there is none. One shape for every loader and writer of Phare.
#pragma once

#include "diagnostic.h"

#include <QtGlobal>

#include <optional>
#include <utility>

namespace Phare {

template <typename T> class [[nodiscard]] Result final
{
public:
    // Success, with the warnings found on the way (never errors).
    Result(T value, Diagnostics warnings = {}) // NOLINT(google-explicit-constructor): return a value as is
        : m_value(std::move(value)), m_diagnostics(std::move(warnings))
    {}

    // Failure: the diagnostics hold at least one error.
    // NOLINTNEXTLINE(performance-unnecessary-value-param): moved below; clang-tidy 14 misreads the template
    static Result failure(Diagnostics diagnostics)
    {
        Q_ASSERT(hasErrors(diagnostics));
        Result result;
        result.m_diagnostics = std::move(diagnostics);
        return result;
    }
    static Result failure(Diagnostic diagnostic) { return failure(Diagnostics{std::move(diagnostic)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(ok());
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::move(*m_value);
    }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // The errors of a failure, or the warnings of a success.
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // Every diagnostic in its "PATH:LINE:COL: error: message" form, one a line.
    QString errorText() const { return toText(m_diagnostics); }

private:
    Result() = default;

    std::optional<T> m_value;
    Diagnostics m_diagnostics;
};

// For calls that give nothing back but can fail, such as writing a file.
template <> class [[nodiscard]] Result<void> final
{
public:
    static Result success(Diagnostics warnings = {})
    {
        Result result;
        result.m_diagnostics = std::move(warnings);
        return result;
    }
    static Result failure(Diagnostics diagnostics)
    {
        Q_ASSERT(hasErrors(diagnostics));
        Result result;
        result.m_failed = true;
        result.m_diagnostics = std::move(diagnostics);
        return result;
    }
    static Result failure(Diagnostic diagnostic) { return failure(Diagnostics{std::move(diagnostic)}); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    QString errorText() const { return toText(m_diagnostics); }

private:
    Result() = default;

    bool m_failed = false;
    Diagnostics m_diagnostics;
};

using Status = Result<void>;

} // namespace Phare
