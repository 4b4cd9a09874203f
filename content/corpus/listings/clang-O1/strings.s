	.text
	.intel_syntax noprefix
	.file	"strings.c"
	.globl	my_strlen                       # -- Begin function my_strlen
	.p2align	4, 0x90
	.type	my_strlen,@function
my_strlen:                              # @my_strlen
# %bb.0:
	mov	rax, -1
	.p2align	4, 0x90
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	cmp	byte ptr [rdi + rax + 1], 0
	lea	rax, [rax + 1]
	jne	.LBB0_1
# %bb.2:
	ret
.Lfunc_end0:
	.size	my_strlen, .Lfunc_end0-my_strlen
                                        # -- End function
	.globl	my_strcmp                       # -- Begin function my_strcmp
	.p2align	4, 0x90
	.type	my_strcmp,@function
my_strcmp:                              # @my_strcmp
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB1_4
# %bb.1:
	add	rdi, 1
	.p2align	4, 0x90
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	cmp	al, byte ptr [rsi]
	jne	.LBB1_4
# %bb.3:                                #   in Loop: Header=BB1_2 Depth=1
	add	rsi, 1
	movzx	eax, byte ptr [rdi]
	add	rdi, 1
	test	al, al
	jne	.LBB1_2
.LBB1_4:
	movzx	eax, al
	movzx	ecx, byte ptr [rsi]
	sub	eax, ecx
	ret
.Lfunc_end1:
	.size	my_strcmp, .Lfunc_end1-my_strcmp
                                        # -- End function
	.globl	index_of                        # -- Begin function index_of
	.p2align	4, 0x90
	.type	index_of,@function
index_of:                               # @index_of
# %bb.0:
	mov	dl, byte ptr [rdi]
	mov	eax, -1
	test	dl, dl
	je	.LBB2_5
# %bb.1:
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	cmp	edx, esi
	je	.LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	movzx	edx, byte ptr [rdi + rcx + 1]
	add	rcx, 1
	test	dl, dl
	jne	.LBB2_2
.LBB2_5:
	ret
.LBB2_4:
	mov	eax, ecx
	ret
.Lfunc_end2:
	.size	index_of, .Lfunc_end2-index_of
                                        # -- End function
	.globl	last_index_of                   # -- Begin function last_index_of
	.p2align	4, 0x90
	.type	last_index_of,@function
last_index_of:                          # @last_index_of
# %bb.0:
	mov	dl, byte ptr [rdi]
	mov	eax, -1
	test	dl, dl
	je	.LBB3_3
# %bb.1:
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	cmp	edx, esi
	cmove	eax, ecx
	movzx	edx, byte ptr [rdi + rcx + 1]
	add	rcx, 1
	test	dl, dl
	jne	.LBB3_2
.LBB3_3:
	ret
.Lfunc_end3:
	.size	last_index_of, .Lfunc_end3-last_index_of
                                        # -- End function
	.globl	count_char                      # -- Begin function count_char
	.p2align	4, 0x90
	.type	count_char,@function
count_char:                             # @count_char
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB4_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	.p2align	4, 0x90
.LBB4_3:                                # =>This Inner Loop Header: Depth=1
	movsx	ecx, cl
	xor	edx, edx
	cmp	ecx, esi
	sete	dl
	add	eax, edx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB4_3
# %bb.4:
	ret
.LBB4_1:
	xor	eax, eax
	ret
.Lfunc_end4:
	.size	count_char, .Lfunc_end4-count_char
                                        # -- End function
	.globl	to_upper                        # -- Begin function to_upper
	.p2align	4, 0x90
	.type	to_upper,@function
to_upper:                               # @to_upper
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB5_5
# %bb.1:
	add	rdi, 1
	jmp	.LBB5_2
	.p2align	4, 0x90
.LBB5_4:                                #   in Loop: Header=BB5_2 Depth=1
	movzx	eax, byte ptr [rdi]
	add	rdi, 1
	test	al, al
	je	.LBB5_5
.LBB5_2:                                # =>This Inner Loop Header: Depth=1
	lea	ecx, [rax - 97]
	cmp	cl, 25
	ja	.LBB5_4
# %bb.3:                                #   in Loop: Header=BB5_2 Depth=1
	add	al, -32
	mov	byte ptr [rdi - 1], al
	jmp	.LBB5_4
.LBB5_5:
	ret
.Lfunc_end5:
	.size	to_upper, .Lfunc_end5-to_upper
                                        # -- End function
	.globl	to_lower                        # -- Begin function to_lower
	.p2align	4, 0x90
	.type	to_lower,@function
to_lower:                               # @to_lower
# %bb.0:
	mov	al, byte ptr [rdi]
	test	al, al
	je	.LBB6_5
# %bb.1:
	add	rdi, 1
	jmp	.LBB6_2
	.p2align	4, 0x90
.LBB6_4:                                #   in Loop: Header=BB6_2 Depth=1
	movzx	eax, byte ptr [rdi]
	add	rdi, 1
	test	al, al
	je	.LBB6_5
.LBB6_2:                                # =>This Inner Loop Header: Depth=1
	lea	ecx, [rax - 65]
	cmp	cl, 25
	ja	.LBB6_4
# %bb.3:                                #   in Loop: Header=BB6_2 Depth=1
	add	al, 32
	mov	byte ptr [rdi - 1], al
	jmp	.LBB6_4
.LBB6_5:
	ret
.Lfunc_end6:
	.size	to_lower, .Lfunc_end6-to_lower
                                        # -- End function
	.globl	reverse_string                  # -- Begin function reverse_string
	.p2align	4, 0x90
	.type	reverse_string,@function
reverse_string:                         # @reverse_string
# %bb.0:
	mov	rdx, -1
	.p2align	4, 0x90
.LBB7_1:                                # =>This Inner Loop Header: Depth=1
	cmp	byte ptr [rdi + rdx + 1], 0
	lea	rdx, [rdx + 1]
	jne	.LBB7_1
# %bb.2:
	cmp	rdx, 2
	jb	.LBB7_5
# %bb.3:
	lea	rax, [rdx - 1]
	shr	rdx
	cmp	rdx, 2
	mov	esi, 1
	cmovae	rsi, rdx
	xor	edx, edx
	.p2align	4, 0x90
.LBB7_4:                                # =>This Inner Loop Header: Depth=1
	movzx	r8d, byte ptr [rdi + rdx]
	movzx	ecx, byte ptr [rdi + rax]
	mov	byte ptr [rdi + rdx], cl
	mov	byte ptr [rdi + rax], r8b
	add	rdx, 1
	add	rax, -1
	cmp	rsi, rdx
	jne	.LBB7_4
.LBB7_5:
	ret
.Lfunc_end7:
	.size	reverse_string, .Lfunc_end7-reverse_string
                                        # -- End function
	.globl	is_palindrome                   # -- Begin function is_palindrome
	.p2align	4, 0x90
	.type	is_palindrome,@function
is_palindrome:                          # @is_palindrome
# %bb.0:
	mov	eax, -1
	mov	rcx, rdi
	.p2align	4, 0x90
.LBB8_1:                                # =>This Inner Loop Header: Depth=1
	add	eax, 1
	cmp	byte ptr [rcx], 0
	lea	rcx, [rcx + 1]
	jne	.LBB8_1
# %bb.2:
	cdqe
	add	rax, -1
	xor	ecx, ecx
	.p2align	4, 0x90
.LBB8_3:                                # =>This Inner Loop Header: Depth=1
	cmp	rcx, rax
	jge	.LBB8_4
# %bb.5:                                #   in Loop: Header=BB8_3 Depth=1
	movzx	edx, byte ptr [rdi + rcx]
	add	rcx, 1
	lea	rsi, [rax - 1]
	cmp	dl, byte ptr [rdi + rax]
	mov	rax, rsi
	je	.LBB8_3
# %bb.6:
	xor	eax, eax
	ret
.LBB8_4:
	mov	eax, 1
	ret
.Lfunc_end8:
	.size	is_palindrome, .Lfunc_end8-is_palindrome
                                        # -- End function
	.globl	my_atoi                         # -- Begin function my_atoi
	.p2align	4, 0x90
	.type	my_atoi,@function
my_atoi:                                # @my_atoi
# %bb.0:
	.p2align	4, 0x90
.LBB9_1:                                # =>This Inner Loop Header: Depth=1
	movzx	eax, byte ptr [rdi]
	cmp	al, 32
	jne	.LBB9_2
# %bb.10:                               #   in Loop: Header=BB9_1 Depth=1
	add	rdi, 1
	jmp	.LBB9_1
.LBB9_2:
	cmp	al, 43
	je	.LBB9_4
# %bb.3:
	cmp	al, 45
	jne	.LBB9_5
.LBB9_4:
	add	rdi, 1
	xor	ecx, ecx
	cmp	al, 45
	setne	cl
	add	ecx, ecx
	add	ecx, -1
	jmp	.LBB9_6
.LBB9_5:
	mov	ecx, 1
.LBB9_6:
	mov	dl, byte ptr [rdi]
	lea	esi, [rdx - 48]
	xor	eax, eax
	cmp	sil, 9
	ja	.LBB9_9
# %bb.7:
	add	rdi, 1
	xor	eax, eax
	.p2align	4, 0x90
.LBB9_8:                                # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	lea	eax, [rax + 4*rax]
	lea	eax, [rdx + 2*rax]
	add	eax, -48
	movzx	edx, byte ptr [rdi]
	lea	esi, [rdx - 48]
	add	rdi, 1
	cmp	sil, 10
	jb	.LBB9_8
.LBB9_9:
	imul	eax, ecx
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end9:
	.size	my_atoi, .Lfunc_end9-my_atoi
                                        # -- End function
	.globl	utoa_len                        # -- Begin function utoa_len
	.p2align	4, 0x90
	.type	utoa_len,@function
utoa_len:                               # @utoa_len
# %bb.0:
	xor	eax, eax
	mov	r8d, 3435973837
	.p2align	4, 0x90
.LBB10_1:                               # =>This Inner Loop Header: Depth=1
	mov	edx, edi
	imul	rdx, r8
	shr	rdx, 35
	lea	ecx, [rdx + rdx]
	lea	r9d, [rcx + 4*rcx]
	mov	ecx, edi
	sub	ecx, r9d
	or	cl, 48
	mov	byte ptr [rsp + rax - 12], cl
	add	rax, 1
	cmp	edi, 9
	mov	edi, edx
	ja	.LBB10_1
# %bb.2:
	lea	ecx, [rax - 1]
	movsxd	rcx, ecx
	add	rcx, rsp
	add	rcx, -12
	mov	r8d, eax
	xor	edi, edi
	.p2align	4, 0x90
.LBB10_3:                               # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rcx]
	mov	byte ptr [rsi + rdi], dl
	add	rdi, 1
	add	rcx, -1
	cmp	r8, rdi
	jne	.LBB10_3
# %bb.4:
	mov	ecx, eax
	mov	byte ptr [rsi + rcx], 0
                                        # kill: def $eax killed $eax killed $rax
	ret
.Lfunc_end10:
	.size	utoa_len, .Lfunc_end10-utoa_len
                                        # -- End function
	.globl	count_words                     # -- Begin function count_words
	.p2align	4, 0x90
	.type	count_words,@function
count_words:                            # @count_words
# %bb.0:
	xor	eax, eax
	xor	ecx, ecx
	jmp	.LBB11_1
	.p2align	4, 0x90
.LBB11_4:                               #   in Loop: Header=BB11_1 Depth=1
	xor	ecx, ecx
	add	rdi, 1
.LBB11_1:                               # =>This Inner Loop Header: Depth=1
	movzx	edx, byte ptr [rdi]
	lea	esi, [rdx - 9]
	cmp	sil, 2
	jb	.LBB11_2
# %bb.3:                                #   in Loop: Header=BB11_1 Depth=1
	cmp	dl, 32
	je	.LBB11_4
# %bb.5:                                #   in Loop: Header=BB11_1 Depth=1
	test	dl, dl
	je	.LBB11_8
# %bb.6:                                #   in Loop: Header=BB11_1 Depth=1
	cmp	ecx, 1
	adc	eax, 0
	mov	ecx, 1
	add	rdi, 1
	jmp	.LBB11_1
	.p2align	4, 0x90
.LBB11_2:                               #   in Loop: Header=BB11_1 Depth=1
	xor	ecx, ecx
	add	rdi, 1
	jmp	.LBB11_1
.LBB11_8:
	ret
.Lfunc_end11:
	.size	count_words, .Lfunc_end11-count_words
                                        # -- End function
	.globl	count_vowels                    # -- Begin function count_vowels
	.p2align	4, 0x90
	.type	count_vowels,@function
count_vowels:                           # @count_vowels
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB12_1
# %bb.2:
	add	rdi, 1
	xor	eax, eax
	mov	ecx, 1173
	jmp	.LBB12_3
	.p2align	4, 0x90
.LBB12_6:                               #   in Loop: Header=BB12_3 Depth=1
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	test	dl, dl
	je	.LBB12_7
.LBB12_3:                               # =>This Inner Loop Header: Depth=1
	or	dl, 32
	movsx	edx, dl
	add	edx, -97
	ror	edx
	cmp	edx, 10
	ja	.LBB12_6
# %bb.4:                                #   in Loop: Header=BB12_3 Depth=1
	bt	ecx, edx
	jae	.LBB12_6
# %bb.5:                                #   in Loop: Header=BB12_3 Depth=1
	add	eax, 1
	jmp	.LBB12_6
.LBB12_7:
	ret
.LBB12_1:
	xor	eax, eax
	ret
.Lfunc_end12:
	.size	count_vowels, .Lfunc_end12-count_vowels
                                        # -- End function
	.globl	span_digits                     # -- Begin function span_digits
	.p2align	4, 0x90
	.type	span_digits,@function
span_digits:                            # @span_digits
# %bb.0:
	mov	rax, -1
	.p2align	4, 0x90
.LBB13_1:                               # =>This Inner Loop Header: Depth=1
	movzx	ecx, byte ptr [rdi + rax + 1]
	add	cl, -48
	add	rax, 1
	cmp	cl, 10
	jb	.LBB13_1
# %bb.2:
	ret
.Lfunc_end13:
	.size	span_digits, .Lfunc_end13-span_digits
                                        # -- End function
	.globl	parse_hex                       # -- Begin function parse_hex
	.p2align	4, 0x90
	.type	parse_hex,@function
parse_hex:                              # @parse_hex
# %bb.0:
	xor	ecx, ecx
                                        # implicit-def: $eax
	jmp	.LBB14_1
	.p2align	4, 0x90
.LBB14_2:                               #   in Loop: Header=BB14_1 Depth=1
	add	edx, -48
.LBB14_6:                               #   in Loop: Header=BB14_1 Depth=1
	shl	ecx, 4
	add	ecx, edx
	mov	dl, 1
.LBB14_7:                               #   in Loop: Header=BB14_1 Depth=1
	add	rdi, 1
	test	dl, dl
	je	.LBB14_8
.LBB14_1:                               # =>This Inner Loop Header: Depth=1
	movsx	edx, byte ptr [rdi]
	lea	esi, [rdx - 48]
	cmp	sil, 9
	jbe	.LBB14_2
# %bb.3:                                #   in Loop: Header=BB14_1 Depth=1
	or	edx, 32
	lea	esi, [rdx - 97]
	cmp	esi, 5
	ja	.LBB14_4
# %bb.5:                                #   in Loop: Header=BB14_1 Depth=1
	add	edx, -87
	jmp	.LBB14_6
	.p2align	4, 0x90
.LBB14_4:                               #   in Loop: Header=BB14_1 Depth=1
	xor	edx, edx
	mov	eax, ecx
	jmp	.LBB14_7
.LBB14_8:
	ret
.Lfunc_end14:
	.size	parse_hex, .Lfunc_end14-parse_hex
                                        # -- End function
	.globl	caesar                          # -- Begin function caesar
	.p2align	4, 0x90
	.type	caesar,@function
caesar:                                 # @caesar
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB15_8
# %bb.1:
	movsxd	rax, esi
	imul	rdx, rax, 1321528399
	mov	rsi, rdx
	shr	rsi, 63
	sar	rdx, 35
	add	edx, esi
	lea	esi, [rdx + 4*rdx]
	lea	esi, [rsi + 4*rsi]
	add	esi, edx
	neg	esi
	add	eax, esi
	add	eax, 26
	movsxd	r8, eax
	imul	rdx, r8, 1321528399
	mov	rsi, rdx
	shr	rsi, 63
	sar	rdx, 35
	add	edx, esi
	lea	esi, [rdx + 4*rdx]
	lea	esi, [rsi + 4*rsi]
	add	esi, edx
	sub	r8d, esi
	add	rdi, 1
	jmp	.LBB15_2
	.p2align	4, 0x90
.LBB15_3:                               #   in Loop: Header=BB15_2 Depth=1
	mov	dl, 97
	mov	esi, -97
.LBB15_6:                               #   in Loop: Header=BB15_2 Depth=1
	movsx	ecx, cl
	add	ecx, r8d
	add	ecx, esi
	movsxd	rcx, ecx
	imul	rsi, rcx, 1321528399
	mov	rax, rsi
	shr	rax, 63
	shr	rsi, 35
	add	esi, eax
	lea	eax, [rsi + 4*rsi]
	lea	eax, [rax + 4*rax]
	add	eax, esi
	sub	ecx, eax
	add	cl, dl
	mov	byte ptr [rdi - 1], cl
.LBB15_7:                               #   in Loop: Header=BB15_2 Depth=1
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	je	.LBB15_8
.LBB15_2:                               # =>This Inner Loop Header: Depth=1
	lea	edx, [rcx - 97]
	cmp	dl, 26
	jb	.LBB15_3
# %bb.4:                                #   in Loop: Header=BB15_2 Depth=1
	lea	edx, [rcx - 65]
	cmp	dl, 25
	ja	.LBB15_7
# %bb.5:                                #   in Loop: Header=BB15_2 Depth=1
	mov	dl, 65
	mov	esi, -65
	jmp	.LBB15_6
.LBB15_8:
	ret
.Lfunc_end15:
	.size	caesar, .Lfunc_end15-caesar
                                        # -- End function
	.globl	starts_with                     # -- Begin function starts_with
	.p2align	4, 0x90
	.type	starts_with,@function
starts_with:                            # @starts_with
# %bb.0:
	xor	eax, eax
	.p2align	4, 0x90
.LBB16_1:                               # =>This Inner Loop Header: Depth=1
	movzx	ecx, byte ptr [rsi + rax]
	test	cl, cl
	je	.LBB16_2
# %bb.3:                                #   in Loop: Header=BB16_1 Depth=1
	lea	rdx, [rax + 1]
	cmp	byte ptr [rdi + rax], cl
	mov	rax, rdx
	je	.LBB16_1
# %bb.4:
	xor	eax, eax
	ret
.LBB16_2:
	mov	eax, 1
	ret
.Lfunc_end16:
	.size	starts_with, .Lfunc_end16-starts_with
                                        # -- End function
	.globl	leading_spaces                  # -- Begin function leading_spaces
	.p2align	4, 0x90
	.type	leading_spaces,@function
leading_spaces:                         # @leading_spaces
# %bb.0:
	mov	eax, -1
	.p2align	4, 0x90
.LBB17_1:                               # =>This Inner Loop Header: Depth=1
	add	eax, 1
	cmp	byte ptr [rdi], 32
	lea	rdi, [rdi + 1]
	je	.LBB17_1
# %bb.2:
	ret
.Lfunc_end17:
	.size	leading_spaces, .Lfunc_end17-leading_spaces
                                        # -- End function
	.globl	trailing_spaces                 # -- Begin function trailing_spaces
	.p2align	4, 0x90
	.type	trailing_spaces,@function
trailing_spaces:                        # @trailing_spaces
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB18_1
# %bb.2:
	add	rdi, 1
	xor	edx, edx
	xor	eax, eax
	.p2align	4, 0x90
.LBB18_3:                               # =>This Inner Loop Header: Depth=1
	add	eax, 1
	cmp	cl, 32
	cmovne	eax, edx
	movzx	ecx, byte ptr [rdi]
	add	rdi, 1
	test	cl, cl
	jne	.LBB18_3
# %bb.4:
	ret
.LBB18_1:
	xor	eax, eax
	ret
.Lfunc_end18:
	.size	trailing_spaces, .Lfunc_end18-trailing_spaces
                                        # -- End function
	.globl	strcasecmp_ascii                # -- Begin function strcasecmp_ascii
	.p2align	4, 0x90
	.type	strcasecmp_ascii,@function
strcasecmp_ascii:                       # @strcasecmp_ascii
# %bb.0:
	push	rbp
	push	rbx
	xor	r8d, r8d
	xor	r9d, r9d
                                        # implicit-def: $eax
	.p2align	4, 0x90
.LBB19_1:                               # =>This Inner Loop Header: Depth=1
	movzx	r11d, byte ptr [rdi + r9]
	mov	ebx, r11d
	or	bl, 32
	movzx	r10d, byte ptr [rsi + r9]
	mov	edx, r10d
	or	dl, 32
	test	r11b, r11b
	setne	bpl
	test	r10b, r10b
	setne	cl
	and	cl, bpl
	cmp	bl, dl
	sete	bpl
	and	bpl, cl
	jne	.LBB19_3
# %bb.2:                                #   in Loop: Header=BB19_1 Depth=1
	test	r11b, r11b
	movzx	eax, bl
	cmove	eax, r8d
	test	r10b, r10b
	movsx	eax, al
	movzx	ecx, dl
	cmove	ecx, r8d
	movsx	ecx, cl
	sub	eax, ecx
.LBB19_3:                               #   in Loop: Header=BB19_1 Depth=1
	test	bpl, bpl
	je	.LBB19_5
# %bb.4:                                #   in Loop: Header=BB19_1 Depth=1
	add	r9, 1
	jmp	.LBB19_1
.LBB19_5:
	pop	rbx
	pop	rbp
	ret
.Lfunc_end19:
	.size	strcasecmp_ascii, .Lfunc_end19-strcasecmp_ascii
                                        # -- End function
	.globl	copy_string                     # -- Begin function copy_string
	.p2align	4, 0x90
	.type	copy_string,@function
copy_string:                            # @copy_string
# %bb.0:
	xor	eax, eax
	.p2align	4, 0x90
.LBB20_1:                               # =>This Inner Loop Header: Depth=1
	movzx	ecx, byte ptr [rsi + rax]
	mov	byte ptr [rdi + rax], cl
	add	rax, 1
	test	cl, cl
	jne	.LBB20_1
# %bb.2:
	ret
.Lfunc_end20:
	.size	copy_string, .Lfunc_end20-copy_string
                                        # -- End function
	.globl	is_identifier                   # -- Begin function is_identifier
	.p2align	4, 0x90
	.type	is_identifier,@function
is_identifier:                          # @is_identifier
# %bb.0:
	mov	cl, byte ptr [rdi]
	cmp	cl, 95
	je	.LBB21_2
# %bb.1:
	or	cl, 32
	add	cl, -97
	xor	eax, eax
	cmp	cl, 25
	ja	.LBB21_8
	.p2align	4, 0x90
.LBB21_2:                               # =>This Inner Loop Header: Depth=1
	add	rdi, 1
	movzx	eax, byte ptr [rdi]
	cmp	al, 95
	je	.LBB21_2
# %bb.3:                                #   in Loop: Header=BB21_2 Depth=1
	test	al, al
	je	.LBB21_4
# %bb.5:                                #   in Loop: Header=BB21_2 Depth=1
	lea	ecx, [rax - 48]
	cmp	cl, 10
	jb	.LBB21_2
# %bb.6:                                #   in Loop: Header=BB21_2 Depth=1
	or	al, 32
	add	al, -97
	cmp	al, 25
	jbe	.LBB21_2
# %bb.7:
	xor	eax, eax
.LBB21_8:
	ret
.LBB21_4:
	mov	eax, 1
	ret
.Lfunc_end21:
	.size	is_identifier, .Lfunc_end21-is_identifier
                                        # -- End function
	.globl	digit_sum_string                # -- Begin function digit_sum_string
	.p2align	4, 0x90
	.type	digit_sum_string,@function
digit_sum_string:                       # @digit_sum_string
# %bb.0:
	mov	dl, byte ptr [rdi]
	test	dl, dl
	je	.LBB22_1
# %bb.2:
	add	rdi, 1
	xor	ecx, ecx
	xor	eax, eax
	.p2align	4, 0x90
.LBB22_3:                               # =>This Inner Loop Header: Depth=1
	movsx	edx, dl
	lea	esi, [rdx - 48]
	add	edx, -48
	cmp	sil, 10
	cmovae	edx, ecx
	add	eax, edx
	movzx	edx, byte ptr [rdi]
	add	rdi, 1
	test	dl, dl
	jne	.LBB22_3
# %bb.4:
	ret
.LBB22_1:
	xor	eax, eax
	ret
.Lfunc_end22:
	.size	digit_sum_string, .Lfunc_end22-digit_sum_string
                                        # -- End function
	.globl	squeeze_spaces                  # -- Begin function squeeze_spaces
	.p2align	4, 0x90
	.type	squeeze_spaces,@function
squeeze_spaces:                         # @squeeze_spaces
# %bb.0:
	mov	cl, byte ptr [rdi]
	test	cl, cl
	je	.LBB23_6
# %bb.1:
	lea	rax, [rdi + 1]
	xor	esi, esi
	jmp	.LBB23_2
	.p2align	4, 0x90
.LBB23_4:                               #   in Loop: Header=BB23_2 Depth=1
	xor	edx, edx
	cmp	cl, 32
	sete	dl
	mov	byte ptr [rdi], cl
	add	rdi, 1
.LBB23_5:                               #   in Loop: Header=BB23_2 Depth=1
	movzx	ecx, byte ptr [rax]
	add	rax, 1
	mov	esi, edx
	test	cl, cl
	je	.LBB23_6
.LBB23_2:                               # =>This Inner Loop Header: Depth=1
	cmp	cl, 32
	jne	.LBB23_4
# %bb.3:                                #   in Loop: Header=BB23_2 Depth=1
	mov	edx, 1
	test	esi, esi
	jne	.LBB23_5
	jmp	.LBB23_4
.LBB23_6:
	mov	byte ptr [rdi], 0
	ret
.Lfunc_end23:
	.size	squeeze_spaces, .Lfunc_end23-squeeze_spaces
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
