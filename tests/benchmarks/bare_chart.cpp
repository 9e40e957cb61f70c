// The start-up baseline: a bare Qt Widgets program that shows one window holding one polar chart,
// and quits once it has been painted, the same way as `phare --quit-when-ready`.
#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QLineSeries>
#include <QPolarChart>
#include <QTimer>
#include <QValueAxis>

namespace {

class QuitWhenPainted final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    auto *chart = new QPolarChart;
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList labels = {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three"),
                                QStringLiteral("Four"), QStringLiteral("Five")};
    const double step = 360.0 / static_cast<double>(labels.size());
    for (qsizetype i = 1; i < labels.size(); ++i)
        angular->append(labels[i], static_cast<double>(i) * step);
    angular->append(labels[0], 360);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    auto *series = new QLineSeries;
    const double values[] = {40, 65, 30, 80, 55};
    for (int i = 0; i <= 5; ++i)
        series->append(i * step, values[i % 5]);
    chart->addSeries(series);
    series->attachAxis(angular);
    series->attachAxis(radial);

    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(1280, 800);
    if (QCoreApplication::arguments().contains(QStringLiteral("--quit-when-ready")))
        app.installEventFilter(new QuitWhenPainted(&app));
    view.show();
    return QApplication::exec();
}
