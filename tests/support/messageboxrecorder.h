// Message boxes the main window shows during a test, recorded with the very text a user would read.
#pragma once

#include <QStringList>
#include <QTimer>

namespace Phare::Test {

// While it lives, every message box the main window shows is recorded ("title\ntext") and answered with
// its default button; the main window's automatic answers are turned off meanwhile and on again after.
class MessageBoxRecorder
{
public:
    MessageBoxRecorder();
    ~MessageBoxRecorder();
    Q_DISABLE_COPY_MOVE(MessageBoxRecorder)

    const QStringList &texts() const { return m_texts; }

private:
    QTimer m_timer;
    QStringList m_texts;
};

} // namespace Phare::Test
