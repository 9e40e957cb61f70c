// File → Share anonymously…: shows, before anything is written, exactly what the anonymous file will hold
// (each field in plain words, then the file itself), with the choice of sharing the département.
#pragma once

#include "anonymousfile.h"
#include "evaluation.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Phare {

class ShareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareDialog)

public:
    // The evaluation must make an anonymous file (AnonymousFile::make succeeds): the caller checks first.
    explicit ShareDialog(const Evaluation &evaluation, QWidget *parent = nullptr);

    // What will be written, as shown now.
    const AnonymousAssessment &anonymous() const { return m_anonymous; }
    // The fields in plain words, and the exact bytes of the file as text.
    QString fieldsText() const;
    QString fileText() const;
    QCheckBox *departementCheck() const { return m_departement; }
    QPlainTextEdit *fieldsView() const { return m_fields; }
    QPlainTextEdit *fileView() const { return m_file; }

private:
    void rebuild();

    const Evaluation m_evaluation;
    AnonymousAssessment m_anonymous;
    QCheckBox *m_departement;
    QLabel *m_warning;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_fields;
    QPlainTextEdit *m_file;
};

} // namespace Phare
