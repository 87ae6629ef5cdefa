"""Everything a certificate is made of besides its rules (``courses.services.certificates``):
verification codes, the PDF, the share image, the LinkedIn link, the Open Badges credential,
and the learner's and the public verification pages."""
