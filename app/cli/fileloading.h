#pragma once

#include "yamlfile.h"

namespace MeshEntry::FileLoading {

/// Loads FILE ("-" reads stdin) or prints why it cannot; returns the exit code to use (0 on
/// success). An observer sees each document as it is parsed (see YamlFile::load).
int load(const QString &path, YamlFile *file, const DocumentObserver *observer = nullptr,
         DocumentObservations *observations = nullptr);

/// Resolves DOC in file and checks it parses; prints the problem and returns the exit code.
int document(const YamlFile &file, const QString &path, const QString &spec, int *index);

/// Expands PATH arguments: files as given, directories recursively (*.yaml, *.yml, *.json),
/// sorted; "-" stays. Paths that do not exist go to *missing.
QStringList expandPaths(const QStringList &paths, QStringList *missing);

/// The file-relative "FILE:LINE:COL" of an error in a document.
QString location(const YamlFile &file, const QString &path, int document, const YamlError &error);

} // namespace MeshEntry::FileLoading
