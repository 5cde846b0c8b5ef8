#include "actionregistry.h"
#include "diagnosticsmodel.h"
#include "diagnosticspanel.h"
#include "editordocument.h"
#include "formpanel.h"
#include "formtesthelpers.h"
#include "mainwindow.h"
#include "serviceentryform.h"
#include "yamleditor.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace MeshEntry;
using namespace MeshEntry::FormTest;

namespace {

const QByteArray entry = "apiVersion: networking.istio.io/v1\n"
                         "kind: ServiceEntry\n"
                         "metadata:\n"
                         "  name: api\n"
                         "  namespace: shop\n"
                         "spec:\n"
                         "  hosts:\n"
                         "  - api.example.com\n"
                         "  addresses: [10.0.0.1]\n"
                         "  ports:\n"
                         "  - number: 443\n"
                         "    name: https\n"
                         "    protocol: https\n"
                         "  resolution: STATIC\n"
                         "  exportTo: [\".\", shop]\n";

/// The menu that popped up, and the action of it whose text starts with prefix.
QAction *popupAction(const QString &prefix)
{
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    if (!menu)
        return nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().startsWith(prefix))
            return action;
    }
    return nullptr;
}

/// Right-clicks the pane on the character at offset and returns the menu that opened.
QMenu *rightClick(YamlEditor *pane, long offset)
{
    const QPoint at(
        int(pane->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0UL, offset)) + 2,
        int(pane->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0UL, offset)) +
            pane->textHeight(0) / 2);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, pane->viewport()->mapToGlobal(at));
    QApplication::sendEvent(pane->viewport(), &event);
    if (!QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }))
        return nullptr;
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

/// Clicks an action of the open popup menu where the user would.
void clickPopupAction(QAction *action)
{
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu && action);
    QTest::mouseClick(menu, Qt::LeftButton, Qt::NoModifier, menu->actionGeometry(action).center());
}

} // namespace

/// The one-click fixes in the window: light bulb, YAML context menu, form marker, one undo
/// step each; and the empty document filled from the form or Document ▸ Add.
class TestFixWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void init()
    {
        m_window = new MainWindow;
        m_window->resize(1280, 860);
        m_window->show();
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void lightBulbOnTheDiagnostic()
    {
        QVERIFY(m_window->openFile(write("bulb.yaml", entry)));
        DiagnosticsModel *model = m_window->diagnosticsModel();
        QTRY_VERIFY(row(model, u"ME-PROTOCOL-CASE") >= 0);
        const int found = row(model, u"ME-PROTOCOL-CASE");
        QVERIFY(model->index(found, DiagnosticsModel::MessageColumn)
                    .data(DiagnosticsModel::HasFixesRole)
                    .toBool());
        // IST0134 and the like have none: no bulb.
        QTreeView *view = m_window->diagnosticsPanel()->view();
        const QModelIndex message = model->index(found, DiagnosticsModel::MessageColumn);
        view->scrollTo(message);
        const QRect cell = view->visualRect(message);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(cell.left() + 8, cell.center().y()));
        QTRY_VERIFY(popupAction(QStringLiteral("Write HTTPS")));
        clickPopupAction(popupAction(QStringLiteral("Write HTTPS")));
        EditorDocument *file = m_window->currentFile();
        QCOMPARE(file->file().bytes(),
                 QByteArray(entry).replace("protocol: https", "protocol: HTTPS"));
        QCOMPARE(file->undoStack()->count(), 1);
        QCOMPARE(file->undoStack()->undoText(), QStringLiteral("Write HTTPS"));
        // Validated again: the finding is gone.
        QTRY_COMPARE(row(model, u"ME-PROTOCOL-CASE"), -1);
        m_window->yamlEditor()->setFocus();
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(file->file().bytes(), entry);
    }

    void rowContextMenuOffersTheFixAndTheJump()
    {
        QVERIFY(m_window->openFile(write("row.yaml", entry)));
        DiagnosticsModel *model = m_window->diagnosticsModel();
        QTRY_VERIFY(row(model, u"SE-EXPORTTO-DUP") >= 0);
        QTreeView *view = m_window->diagnosticsPanel()->view();
        const QModelIndex index = model->index(row(model, u"SE-EXPORTTO-DUP"), 0);
        clickRow(view, index);
        // From the keyboard, as the Menu key or Shift+F10 would open it.
        QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(-1, -1));
        QApplication::sendEvent(view->viewport(), &event);
        QTRY_VERIFY(popupAction(QStringLiteral("&Go to Finding")));
        clickPopupAction(
            popupAction(QStringLiteral("Remove the duplicate exportTo entry \"shop\"")));
        QCOMPARE(m_window->currentFile()->file().bytes(),
                 QByteArray(entry).replace("[\".\", shop]", "[\".\"]"));
    }

    void yamlContextMenuOffersTheFixesUnderTheClick()
    {
        QVERIFY(m_window->openFile(write("pane.yaml", entry)));
        DiagnosticsModel *model = m_window->diagnosticsModel();
        QTRY_VERIFY(row(model, u"SE-EXPORTTO-DUP") >= 0);
        YamlEditor *pane = m_window->yamlEditor();
        const long offset = long(entry.indexOf("shop]") + 1);
        QMenu *menu = rightClick(pane, offset);
        QVERIFY(menu);
        // The fix comes first, above the editor's own commands.
        QCOMPARE(menu->actions().first()->text(),
                 QStringLiteral("Remove the duplicate exportTo entry \"shop\" — the entry is "
                                "exported to the same namespaces"));
        QVERIFY(menu->actions().at(1)->isSeparator());
        clickPopupAction(menu->actions().first());
        EditorDocument *file = m_window->currentFile();
        QCOMPARE(file->file().bytes(), QByteArray(entry).replace("[\".\", shop]", "[\".\"]"));
        QCOMPARE(pane->text().toUtf8(), file->file().bytes());
        file->undoStack()->undo();
        QCOMPARE(file->file().bytes(), entry);
    }

    void yamlContextMenuUndoesTheDocumentsHistory()
    {
        QVERIFY(m_window->openFile(write("history.yaml", entry)));
        YamlEditor *pane = m_window->yamlEditor();
        pane->setFocus();
        QTRY_VERIFY(pane->hasFocus());
        const long offset = long(entry.indexOf("  name: api") + 2);
        pane->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, offset);
        QTest::keyClicks(pane, QStringLiteral("x"));
        QMenu *menu = rightClick(pane, offset);
        QVERIFY(menu);
        // The window's Undo, naming the typing, then Redo; QScintilla's own Undo (dead: the
        // pane keeps no history of its own) is not offered.
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << (action->isSeparator() ? QStringLiteral("-") : action->text());
        QCOMPARE(texts,
                 QStringList({QStringLiteral("&Undo Edit api in YAML"), QStringLiteral("&Redo"),
                              QStringLiteral("-"), QStringLiteral("Cu&t"), QStringLiteral("&Copy"),
                              QStringLiteral("&Paste"), QStringLiteral("&Delete"),
                              QStringLiteral("-"), QStringLiteral("Select &All")}));
        QVERIFY(menu->actions().first()->isEnabled());
        clickPopupAction(menu->actions().first());
        QCOMPARE(m_window->currentFile()->file().bytes(), entry);
        QCOMPARE(pane->text().toUtf8(), entry);
    }

    void formMarkerOffersTheFix()
    {
        QVERIFY(m_window->openFile(write("form.yaml", entry)));
        ServiceEntryForm *form = m_window->serviceEntryForm();
        QToolButton *bulb = nullptr;
        QTRY_VERIFY((bulb = fixButton(form, QStringLiteral("Fix ME-PROTOCOL-CASE"))));
        form->findChild<QScrollArea *>()->ensureWidgetVisible(bulb);
        // The button's menu runs modally: choose from it with the keyboard once it is open.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(popupAction(QStringLiteral("Write HTTPS")));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QTest::keyClick(menu, Qt::Key_Down);
            QCOMPARE(menu->activeAction(), popupAction(QStringLiteral("Write HTTPS")));
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::mouseClick(bulb, Qt::LeftButton);
        EditorDocument *file = m_window->currentFile();
        QTRY_COMPARE(file->file().bytes(),
                     QByteArray(entry).replace("protocol: https", "protocol: HTTPS"));
        QCOMPARE(file->undoStack()->count(), 1);
        // Its finding gone, so is the bulb.
        QTRY_VERIFY(!fixButton(form, QStringLiteral("Fix ME-PROTOCOL-CASE")));
        file->undoStack()->undo();
        QCOMPARE(file->file().bytes(), entry);
    }

    void emptyDocumentFilledFromTheForm()
    {
        QVERIFY(m_window->openFile(write("empty.yaml", "a: 1\n---\n---\nb: 2\n")));
        EditorDocument *file = m_window->currentFile();
        m_window->setCurrent(file, 1);
        auto *forms = qobject_cast<FormPanel *>(m_window->formStack());
        QVERIFY(forms);
        QCOMPARE(forms->currentWidget(), forms->emptyDocumentPage());
        auto *button = forms->emptyDocumentPage()->findChild<QPushButton *>(
            QStringLiteral("template-serviceentry"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(file->file().documentCount(), 3);
        QVERIFY(file->file().bytes().startsWith("a: 1\n---\n# A ServiceEntry adds hosts"));
        QVERIFY(file->file().bytes().endsWith("  resolution: DNS\n---\nb: 2\n"));
        QCOMPARE(file->file().document(1).info().kind, QStringLiteral("ServiceEntry"));
        // The form of the new ServiceEntry is shown; one undo step takes it back.
        QCOMPARE(m_window->currentDocument(), 1);
        QTRY_COMPARE(forms->currentForm(),
                     static_cast<ResourceForm *>(m_window->serviceEntryForm()));
        QCOMPARE(file->undoStack()->count(), 1);
        file->undoStack()->undo();
        QCOMPARE(file->file().bytes(), QByteArray("a: 1\n---\n---\nb: 2\n"));
    }

    void emptyDocumentFilledByDocumentAdd()
    {
        QVERIFY(m_window->openFile(write("trailing.yaml", "a: 1\n---\n")));
        EditorDocument *file = m_window->currentFile();
        m_window->setCurrent(file, 1);
        m_window->actions()->action(QStringLiteral("document.add.workloadentry"))->trigger();
        QCOMPARE(file->file().documentCount(), 2);
        QCOMPARE(file->file().document(1).info().kind, QStringLiteral("WorkloadEntry"));
        QVERIFY(file->file().document(1).text().startsWith("---\n"));
        QVERIFY(!file->file().bytes().contains("---\n---"));
    }

private:
    static int row(const DiagnosticsModel *model, QStringView rule)
    {
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->at(i).rules().contains(rule.toString()))
                return i;
        }
        return -1;
    }
    static QToolButton *fixButton(QWidget *form, const QString &name)
    {
        for (QToolButton *button : form->findChildren<QToolButton *>()) {
            if (button->accessibleName() == name && button->isVisible())
                return button;
        }
        return nullptr;
    }
    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestFixWindow)
#include "tst_fixwindow.moc"
