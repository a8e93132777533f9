{{/*
The pipeline name: every object name starts with it.
*/}}
{{- define "modelops.pipeline" -}}
{{- required "global.modelops.pipeline is required (the scoring pipeline name)" .Values.global.modelops.pipeline | trunc 40 | trimSuffix "-" -}}
{{- end -}}

{{/*
An object name: the pipeline name, then a suffix. Usage: include "modelops.name" (list . "suffix")
*/}}
{{- define "modelops.name" -}}
{{- $ctx := index . 0 -}}
{{- printf "%s-%s" (include "modelops.pipeline" $ctx) (index . 1) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/*
The namespace every object goes to: global.modelops.namespace, else the release namespace.
*/}}
{{- define "modelops.namespace" -}}
{{- .Values.global.modelops.namespace | default .Release.Namespace -}}
{{- end -}}
