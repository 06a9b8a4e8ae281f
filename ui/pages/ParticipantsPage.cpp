// ParticipantsPage: the participants table with its filters, one person's enrolments and history.
#include "pages/ParticipantsPage.h"
#include "io/OutputFile.h"

#include "Labels.h"
#include "Workspace.h"
#include "commands/SaveCommand.h"
#include "dialogs/ParticipantDialog.h"
#include "domain/Records.h"
#include "models/HistoryModel.h"
#include "models/ParticipantFilter.h"
#include "models/ParticipantModel.h"
#include "models/PersonEnrolmentModel.h"
#include "pages/Page.h"
#include "pages/PageWidgets.h"
#include "services/Directory.h"
#include "services/PrivacyService.h"
#include "services/Services.h"

#include "widgets/ActionBar.h"
#include "widgets/SaveDialog.h"
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace arwain {

ParticipantsPage::ParticipantsPage(Workspace* workspace, QWidget* parent)
    : Page(parent), m_workspace(workspace)
{
    m_model = new ParticipantModel(workspace, this);
    m_filter = new ParticipantFilter(this);
    m_filter->setSourceModel(m_model);

    m_search = makeSearch(tr("Search by name, email or organisation (Ctrl+F)"));
    m_sector = filterCombo(tr("All sectors"), tr("Sector filter"));
    addLabels<Sector>(m_sector);
    m_region = filterCombo(tr("All regions"), tr("Region filter"));
    addLabels<Region>(m_region);
    m_role = filterCombo(tr("All roles"), tr("Job role filter"));
    addLabels<JobRole>(m_role);
    m_programme = filterCombo(tr("All programmes"), tr("Programme filter"));
    if (auto programmes = workspace->directory().programmes())
        for (const Programme& p : programmes.value())
            m_programme->addItem(p.code, p.code);
    m_status = filterCombo(tr("Any status"), tr("Status filter"));
    for (const auto& [value, words] : Terms<Status>::list)
        m_status->addItem(labels::of(value), toText(value));
    // In a large file a search waits for a pause in the typing, so each key shows at once and the
    // whole table is filtered once; in a small one it filters as each key is typed.
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(250);
    connect(m_searchPause, &QTimer::timeout, this, &ParticipantsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this, workspace] {
        if (workspace->readsInBackground())
            m_searchPause->start();
        else
            applyFilters();
    });
    for (QComboBox* box : {m_sector, m_region, m_role, m_programme, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &ParticipantsPage::applyFilters);

    auto* tools = new ActionBar(tr("Participant actions"));
    m_add = tools->addAction(tr("Add participant…"), this, &ParticipantsPage::addParticipant);
    m_edit = tools->addAction(tr("Edit participant…"), this, &ParticipantsPage::editParticipant);
    tools->addSeparator();
    m_exportPerson = tools->addAction(tr("Export all data held…"), this, &ParticipantsPage::askExportPerson);
    m_exportPerson->setToolTip(
        tr("Everything Arwain holds about this person, as one JSON file (a subject access "
           "request)"));
    m_anonymise = tools->addAction(tr("Anonymise…"), this, &ParticipantsPage::askAnonymise);
    m_anonymise->setToolTip(tr("Erase this person's identity; their enrolments stay in the figures"));
    m_exportPerson->setEnabled(false);
    m_anonymise->setEnabled(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    // A large file's participants are read, and searched, on a worker thread: said here meanwhile, so
    // an empty table is never taken for an empty file.
    m_searching = new QLabel;
    m_searching->setAccessibleName(tr("Work under way"));
    m_searching->setVisible(false);
    filters->addWidget(m_searching);
    auto showWork = [this] {
        m_searching->setText(m_model->isBusy() ? tr("Reading the participants…") : tr("Searching…"));
        m_searching->setVisible(m_model->isBusy() || m_filter->isFiltering());
    };
    connect(m_filter, &ParticipantFilter::filteringChanged, this, showWork);
    connect(m_model, &ParticipantModel::busyChanged, this, showWork);
    showWork();
    for (QComboBox* box : {m_sector, m_region, m_role, m_programme, m_status})
        filters->addWidget(box, 1);

    m_table = makeTable(m_filter, tr("Participants"));
    m_table->sortByColumn(ParticipantModel::FamilyName, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ParticipantsPage::showCurrent);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            editParticipant();
    });

    m_person = new QLabel(tr("Choose a participant to see their enrolments and history."));
    m_person->setTextFormat(Qt::RichText);
    m_person->setWordWrap(true);
    m_person->setAccessibleName(tr("Participant details"));
    m_personEnrolments = new PersonEnrolmentModel(workspace, this);
    m_history = new HistoryModel(workspace, this);
    m_enrolmentTable = makeTable(sortingProxy(m_personEnrolments, this), tr("Enrolments of the participant"));
    m_historyTable = makeTable(sortingProxy(m_history, this), tr("Status history of the participant"));
    m_historyTable->setSortingEnabled(false);
    auto* tabs = new QTabWidget;
    tabs->setAccessibleName(tr("Enrolments and history of the participant"));
    tabs->tabBar()->setAccessibleName(tr("Enrolments or history"));
    tabs->addTab(m_enrolmentTable, tr("E&nrolments"));
    tabs->addTab(m_historyTable, tr("H&istory"));
    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_person);
    detailLayout->addWidget(tabs, 1);

    m_drill = new QWidget;
    m_drill->setAutoFillBackground(true);
    m_drill->setBackgroundRole(QPalette::ToolTipBase);
    m_drillNote = new QLabel;
    m_drillNote->setForegroundRole(QPalette::ToolTipText);
    m_drillNote->setAccessibleName(tr("Drill-down"));
    auto* everyone = new QPushButton(tr("Show &everyone"));
    connect(everyone, &QPushButton::clicked, this, &ParticipantsPage::showEveryone);
    auto* drillLayout = new QHBoxLayout(m_drill);
    drillLayout->setContentsMargins(8, 4, 8, 4);
    drillLayout->addWidget(m_drillNote, 1);
    drillLayout->addWidget(everyone);
    m_drill->hide();

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_drill);
    topLayout->addLayout(filters);
    topLayout->addWidget(tools);
    topLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(detail);
    split->setSizes({420, 300});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setEditable(true);
}

void ParticipantsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ParticipantsPage::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && m_table->currentIndex().isValid());
    m_anonymise->setEnabled(editable && m_table->currentIndex().isValid());
}

qint64 ParticipantsPage::currentId() const
{
    return m_model->idFromIndex(m_filter->mapToSource(m_table->currentIndex()));
}

bool ParticipantsPage::exportPerson(const QString& path)
{
    auto doc = m_workspace->services().privacy().subjectExport(currentId());
    if (!doc) {
        m_workspace->reportError(doc.error());
        return false;
    }
    const QByteArray json = QJsonDocument(doc.value()).toJson(QJsonDocument::Indented);
    if (auto written = OutputFile::write(path, json); !written) {
        m_workspace->reportError(written.error());
        return false;
    }
    m_workspace->reportSaved(path);
    return true;
}

void ParticipantsPage::askExportPerson()
{
    const QString path = askSavePath(this, tr("Export all data held about this person"),
                                     u"subject-access.json"_s, {{tr("JSON"), u"json"_s}});
    if (!path.isEmpty())
        exportPerson(path);
}

bool ParticipantsPage::anonymiseCurrent()
{
    if (auto done = m_workspace->services().privacy().anonymise(currentId()); !done) {
        m_workspace->reportError(done.error());
        return false;
    }
    // Undoing an earlier edit must not bring the name back.
    m_workspace->undoStack()->clear();
    showCurrent();
    return true;
}

void ParticipantsPage::askAnonymise()
{
    const auto p = m_workspace->directory().participant(currentId());
    if (!p || !p.value() || p.value()->anonymised)
        return;
    QMessageBox box(QMessageBox::Warning,
                    tr("Anonymise %1 %2").arg(p.value()->givenName, p.value()->familyName),
                    m_workspace->services().privacy().erasureSummary(*p.value()), QMessageBox::Cancel, this);
    QPushButton* erase = box.addButton(tr("&Erase their identity"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(u"anonymise-confirmation"_s);
    box.exec();
    if (box.clickedButton() == erase)
        anonymiseCurrent();
}

bool ParticipantsPage::isSearching() const
{
    return m_filter->isFiltering();
}

void ParticipantsPage::applyFilters()
{
    m_searchPause->stop();
    m_model->fetchAll();
    m_filter->text = m_search->text().trimmed();
    m_filter->sector = m_sector->currentData().toString();
    m_filter->region = m_region->currentData().toString();
    m_filter->role = m_role->currentData().toString();
    m_filter->programme = m_programme->currentData().toString();
    m_filter->status = m_status->currentData().toString();
    m_filter->refresh(m_workspace->readsInBackground());
}

void ParticipantsPage::showOnly(const QList<qint64>& people, const QString& description)
{
    m_search->clear();
    for (QComboBox* box : {m_sector, m_region, m_role, m_programme, m_status})
        box->setCurrentIndex(0);
    m_model->fetchAll();
    m_filter->only = QSet<qint64>(people.cbegin(), people.cend());
    m_filter->refresh();
    m_drillNote->setText(
        tr("Showing the %n person(s) behind: %1", nullptr, int(people.size())).arg(description));
    m_drill->show();
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
}

void ParticipantsPage::showEveryone()
{
    m_filter->only.reset();
    m_filter->refresh();
    m_drill->hide();
}

void ParticipantsPage::showPerson(qint64 id)
{
    showEveryone();
    // Clear filters that would hide the person, then select them.
    m_search->clear();
    for (QComboBox* box : {m_sector, m_region, m_role, m_programme, m_status})
        box->setCurrentIndex(0);
    m_model->fetchAll();
    const QModelIndex index = m_filter->mapFromSource(m_model->indexFromId(id));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void ParticipantsPage::showCurrent()
{
    const qint64 id = currentId();
    m_edit->setEnabled(m_editable && id != 0);
    m_exportPerson->setEnabled(id != 0);
    m_anonymise->setEnabled(m_editable && id != 0);
    m_personEnrolments->setParticipant(id);
    m_history->setParticipant(id);
    if (id == 0) {
        m_person->setText(tr("Choose a participant to see their enrolments and history."));
        return;
    }
    const auto p = m_workspace->directory().participant(id);
    if (!p || !p.value())
        return;
    const Participant& person = *p.value();
    // An erased identity cannot be edited back, nor erased twice.
    m_edit->setEnabled(m_editable && !person.anonymised);
    m_anonymise->setEnabled(m_editable && !person.anonymised);
    QString org;
    if (auto o = m_workspace->directory().organisation(person.organisationId); o && o.value())
        org = o.value()->name;
    QStringList facts;
    if (!person.email.isEmpty())
        facts << person.email;
    if (!org.isEmpty())
        facts << org;
    if (person.jobRole != JobRole::Unset)
        facts << labels::of(person.jobRole);
    facts << tr("prefers %1").arg(labels::of(person.preferredLanguage));
    m_person->setText(u"<b>%1 %2</b><br>%3"_s.arg(person.givenName.toHtmlEscaped(),
                                                  person.familyName.toHtmlEscaped(),
                                                  facts.join(u" · "_s).toHtmlEscaped()));
}

void ParticipantsPage::addParticipant()
{
    auto* dialog = new ParticipantDialog(m_workspace, Participant{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto* command = new SaveParticipantCommand(m_workspace, std::nullopt, dialog->participant(),
                                                   tr("Add participant"));
        m_workspace->undoStack()->push(command);
        if (command->succeeded())
            showPerson(command->saved().id);
    });
    dialog->open();
}

void ParticipantsPage::editParticipant()
{
    const qint64 id = m_model->idFromIndex(m_filter->mapToSource(m_table->currentIndex()));
    const auto before = m_workspace->directory().participant(id);
    if (!before || !before.value())
        return;
    auto* dialog = new ParticipantDialog(m_workspace, *before.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Participant old = *before.value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, old] {
        m_workspace->undoStack()->push(new SaveParticipantCommand(
            m_workspace, old, dialog->participant(), tr("Edit %1 %2").arg(old.givenName, old.familyName)));
        showPerson(old.id);
    });
    dialog->open();
}

} // namespace arwain
