"""The JSON-LD contexts every Open Badges 3.0 document names, first the W3C Verifiable
Credentials 2.0 context, then the Open Badges 3.0 one (OB 3.0 B.1.2 and "Serialization").

Both the credential and the issuer Profile start with them; they live here, below both, so
neither module needs the other for them.
"""

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
