#include "editordocument.h"
#include "formtesthelpers.h"
#include "keyvalueeditor.h"
#include "mainwindow.h"
#include "metadatasection.h"
#include "scalarfield.h"
#include "serviceentryform.h"
#include "workloadentryform.h"
#include "wrappedlabel.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

QString nameOf(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (!widget->objectName().isEmpty() &&
            !widget->objectName().startsWith(QLatin1String("qt_")))
            return widget->objectName() + QStringLiteral(" (") +
                   QLatin1String(widget->metaObject()->className()) + u')';
    }
    return QStringLiteral("?");
}

/**
 * Every vertical layout and form layout of the page: its visible items follow one another
 * without overlapping and fit in their widget. Returns what overlaps, empty when all is well.
 */
QStringList overlaps(QWidget *page)
{
    QStringList problems;
    QList<QLayout *> layouts = page->findChildren<QLayout *>();
    for (QLayout *layout : std::as_const(layouts)) {
        QWidget *owner = layout->parentWidget();
        if (!owner || !owner->isVisible())
            continue;
        const auto *box = qobject_cast<QBoxLayout *>(layout);
        const bool vertical = box && (box->direction() == QBoxLayout::TopToBottom);
        const bool form = qobject_cast<QFormLayout *>(layout);
        if (!vertical && !form)
            continue;
        QList<QRect> rects;
        QList<QString> names;
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (item->isEmpty() || item->geometry().isEmpty())
                continue;
            rects.append(item->geometry());
            names.append(item->widget() ? nameOf(item->widget()) : QStringLiteral("layout"));
        }
        for (qsizetype i = 0; i < rects.size(); ++i) {
            for (qsizetype j = i + 1; j < rects.size(); ++j) {
                if (rects[i].intersects(rects[j]))
                    problems << names[i] + QStringLiteral(" overlaps ") + names[j];
            }
            if (rects[i].bottom() > owner->rect().bottom())
                problems << names[i] + QStringLiteral(" is cut off in ") + nameOf(owner);
        }
    }
    return problems;
}

QList<FieldMessage> longMessages()
{
    const QString text = QStringLiteral("a long finding that wraps onto several lines at narrow "
                                        "widths, so the field below has to move down");
    return {{YamlPath::fromText(QStringLiteral("metadata.labels.team")), FieldMessage::Error,
             QStringLiteral("R1"), text},
            {YamlPath::fromText(QStringLiteral("metadata.namespace")), FieldMessage::Warning,
             QStringLiteral("R2"), text},
            {YamlPath::fromText(QStringLiteral("spec.location")), FieldMessage::Error,
             QStringLiteral("R3"), text}};
}

} // namespace

/// The forms' rows never overlap or get cut off, whatever the width and the messages shown.
class TestFormLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no window layout or preferences from an earlier run
    }
    void rowsNeverOverlap_data();
    void rowsNeverOverlap();
    void tablesGrowWhenAnotherDocumentIsShown();
    void sectionsShrinkBackToTheirContent();
    void wrappedLabelsLayOutTheirTextOncePerWidth();
    void typingANameDoesNotLayOutTheWindow();
};

namespace {

/// Counts how often the label lays out its text for a width.
class CountingLabel : public WrappedLabel
{
public:
    using WrappedLabel::WrappedLabel;
    int heightForWidth(int width) const override
    {
        ++layouts;
        return WrappedLabel::heightForWidth(width);
    }
    mutable int layouts = 0;
};

} // namespace

void TestFormLayout::wrappedLabelsLayOutTheirTextOncePerWidth()
{
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *label = new CountingLabel(QStringLiteral("A caption long enough to wrap onto a second "
                                                   "line in a narrow page of the form"),
                                    &page);
    layout->addWidget(label);
    page.resize(200, 200);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int height = label->QLabel::heightForWidth(label->width());
    label->layouts = 0;
    // Every layout pass asks for both hints: the text is laid out no more for that.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(label->sizeHint().height(), height);
        QCOMPARE(label->minimumSizeHint().height(), height);
    }
    label->setText(label->text());
    QCOMPARE(label->layouts, 0);
    label->setText(QStringLiteral("Short"));
    QCOMPARE(label->layouts, 1);
    QCOMPARE(label->sizeHint().height(), label->QLabel::heightForWidth(label->width()));
    page.resize(400, 200);
    QTRY_COMPARE(label->width(),
                 400 - layout->contentsMargins().left() - layout->contentsMargins().right());
    label->layouts = 0;
    QCOMPARE(label->sizeHint().height(), label->QLabel::heightForWidth(label->width()));
    QCOMPARE(label->layouts, 0); // laid out when it was resized
}

void TestFormLayout::sectionsShrinkBackToTheirContent()
{
    EditorDocument document(example());
    ServiceEntryForm form;
    form.resize(620, 900);
    form.setDocument(&document, 0);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    // Messages appear under a table: each is as tall as its text at the width it got, so the
    // section leaves no empty band below them.
    QList<FieldMessage> messages = longMessages();
    messages.append({YamlPath::fromText(QStringLiteral("spec.ports[0].number")),
                     FieldMessage::Error, QStringLiteral("R9"),
                     QStringLiteral("spec.ports[0].number: Invalid value: \"integer\": port must "
                                    "be between 1-65535")});
    form.setFieldMessages(messages);
    const auto tooTall = [&form] {
        QStringList labels;
        for (QLabel *label : form.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() &&
                label->height() > label->heightForWidth(label->width()) + 1)
                labels << label->text().left(30);
        }
        return labels;
    };
    QTRY_COMPARE(tooTall(), QStringList());
    form.setFieldMessages({});
    QTRY_COMPARE(tooTall(), QStringList());
}

void TestFormLayout::rowsNeverOverlap_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow") << 380;
    QTest::newRow("medium") << 620;
    QTest::newRow("wide") << 1000;
}

void TestFormLayout::rowsNeverOverlap()
{
    QFETCH(int, width);
    EditorDocument document(example());
    ServiceEntryForm form;
    form.resize(width, 900);
    form.setDocument(&document, 0);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QWidget *page = form.findChild<QScrollArea *>()->widget();
    QTRY_COMPARE(overlaps(page), QStringList());
    form.setFieldMessages(longMessages());
    QTRY_COMPARE(overlaps(page), QStringList());
    // Messages shown and cleared again: the Add and Remove buttons go back under their table.
    form.setFieldMessages({});
    QTRY_COMPARE(overlaps(page), QStringList());
    form.setDocument(&document, 1);
    QTRY_COMPARE(overlaps(page), QStringList());
}

namespace {

/// Writes the example to path and opens it in window, shown at 1400×900.
bool showExample(MainWindow *window, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(example()) != example().size())
        return false;
    file.close();
    window->resize(1400, 900);
    window->show();
    return QTest::qWaitForWindowExposed(window) && window->openFile(path);
}

} // namespace

void TestFormLayout::tablesGrowWhenAnotherDocumentIsShown()
{
    QTemporaryDir directory;
    MainWindow window;
    QVERIFY(showExample(&window, directory.filePath(QStringLiteral("grow.yaml"))));
    // ledger-vm-2 has no metadata labels, ledger-vm-1 two: its table grows by two rows.
    window.setCurrent(window.currentFile(), 3);
    QTest::qWait(50);
    window.setCurrent(window.currentFile(), 2);
    KeyValueEditor *labels = window.workloadEntryForm()->metadataSection()->labelsEditor();
    QTRY_VERIFY(labels->table()->geometry().bottom() < labels->addButton()->geometry().top());
    QWidget *page = window.workloadEntryForm()->findChild<QScrollArea *>()->widget();
    QCOMPARE(overlaps(page), QStringList());
}

namespace {

/// Counts the layout requests that reach a widget.
class LayoutRequests : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

} // namespace

void TestFormLayout::typingANameDoesNotLayOutTheWindow()
{
    QTemporaryDir directory;
    MainWindow window;
    QVERIFY(showExample(&window, directory.filePath(QStringLiteral("title.yaml"))));
    window.setCurrent(window.currentFile(), 0);
    QLineEdit *name = window.serviceEntryForm()->metadataSection()->nameField()->lineEdit();
    name->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::qWait(200); // the window settles
    // The form and what holds it, up to the window (whose docks lay out for their own reasons).
    QList<QWidget *> holders;
    for (QWidget *w = window.serviceEntryForm(); w && w != &window; w = w->parentWidget())
        holders.append(w);
    QCOMPARE(holders.size(), 4); // the form, its panel, the form/YAML splitter, the centre
    LayoutRequests requests;
    for (QWidget *holder : std::as_const(holders))
        holder->installEventFilter(&requests);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_X);
    QTest::qWait(200);
    for (QWidget *holder : std::as_const(holders))
        holder->removeEventFilter(&requests);
    QCOMPARE(name->text(), QStringLiteral("stripe-apix"));
    const QLabel *title =
        window.serviceEntryForm()->findChild<QLabel *>(QStringLiteral("formTitle"));
    QVERIFY(title);
    QVERIFY(title->text().contains(QStringLiteral("stripe-apix")));
    // The title's new text is painted where it is: nothing between it and the window is laid
    // out again (4 layout requests, one per holder, when the title's size hint followed it).
    QCOMPARE(requests.count, 0);
}

QTEST_MAIN(TestFormLayout)
#include "tst_formlayout.moc"
