// MessageBoxRecorder: polls for the modal message box, as a user would see it, and closes it.
#include "messageboxrecorder.h"

#include "mainwindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Phare::Test {

MessageBoxRecorder::MessageBoxRecorder()
{
    MainWindow::setDialogsAnsweredAutomatically(false);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        m_texts.append(box->windowTitle() + QLatin1Char('\n') + box->text());
        box->done(box->defaultButton() ? box->standardButton(box->defaultButton()) : QMessageBox::Ok);
    });
    m_timer.start(10);
}

MessageBoxRecorder::~MessageBoxRecorder()
{
    MainWindow::setDialogsAnsweredAutomatically(true);
}

} // namespace Phare::Test
